-- Supervision context. Every row belongs to one congress; indexes lead with congress_id.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Annual supervision plan (年度监督计划): one per congress and year.
CREATE TABLE supervision_plan (
    id          UUID PRIMARY KEY,
    congress_id TEXT        NOT NULL,
    year        INT         NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    title       TEXT        NOT NULL,
    version     BIGINT      NOT NULL DEFAULT 0,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT supervision_plan_year_unique UNIQUE (congress_id, year)
);

-- Supervision topic (监督议题) and its lifecycle.
CREATE TABLE supervision_topic (
    id                   UUID PRIMARY KEY,
    congress_id          TEXT        NOT NULL,
    plan_id              UUID        NOT NULL REFERENCES supervision_plan (id),
    title                TEXT        NOT NULL,
    kind                 TEXT        NOT NULL CHECK (kind IN ('WORK_REPORT', 'PLAN_EXECUTION', 'BUDGET',
                             'STATE_ASSETS', 'GOVERNMENT_DEBT', 'LAW_ENFORCEMENT_INSPECTION',
                             'SPECIAL_INQUIRY', 'PERFORMANCE_REVIEW', 'JUDICIAL_REVIEW')),
    committee            TEXT        NOT NULL,
    planned_meeting_date DATE,
    status               TEXT        NOT NULL CHECK (status IN ('PLANNED', 'RESEARCH', 'HEARING', 'DELIBERATED',
                             'RECTIFYING', 'EVALUATED', 'CLOSED', 'RE_REPORT')),
    hearing_round        INT         NOT NULL DEFAULT 0,
    version              BIGINT      NOT NULL DEFAULT 0,
    created_at           TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at           TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX supervision_topic_by_plan ON supervision_topic (congress_id, plan_id, id);
CREATE INDEX supervision_topic_by_status ON supervision_topic (congress_id, status, id);
CREATE INDEX supervision_topic_title_trgm ON supervision_topic USING gin (title gin_trgm_ops);

-- Responsible departments (承办/责任单位) of a topic.
CREATE TABLE topic_department (
    topic_id      UUID NOT NULL REFERENCES supervision_topic (id) ON DELETE CASCADE,
    department_id TEXT NOT NULL,
    PRIMARY KEY (topic_id, department_id)
);
CREATE INDEX topic_department_by_department ON topic_department (department_id, topic_id);

-- 看: research and inspection visits.
CREATE TABLE topic_visit (
    id          UUID PRIMARY KEY,
    congress_id TEXT        NOT NULL,
    topic_id    UUID        NOT NULL REFERENCES supervision_topic (id),
    kind        TEXT        NOT NULL CHECK (kind IN ('RESEARCH', 'INSPECTION')),
    visited_on  DATE        NOT NULL,
    place       TEXT        NOT NULL,
    findings    TEXT,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX topic_visit_by_topic ON topic_visit (congress_id, topic_id, visited_on, id);

CREATE TABLE visit_participant (
    visit_id       UUID NOT NULL REFERENCES topic_visit (id) ON DELETE CASCADE,
    participant_id TEXT NOT NULL,          -- a deputy id (UUID) or a committee member's subject
    kind           TEXT NOT NULL CHECK (kind IN ('DEPUTY', 'MEMBER')),
    PRIMARY KEY (visit_id, kind, participant_id)
);
CREATE INDEX visit_participant_by_participant ON visit_participant (participant_id, visit_id);

-- 听: the hearing of a round (1 = first hearing, 2+ = re-report at a later meeting).
CREATE TABLE topic_hearing (
    id                  UUID PRIMARY KEY,
    congress_id         TEXT        NOT NULL,
    topic_id            UUID        NOT NULL REFERENCES supervision_topic (id),
    round               INT         NOT NULL CHECK (round > 0),
    meeting_date        DATE        NOT NULL,
    report_text         TEXT,
    report_department   TEXT,
    report_submitted_at TIMESTAMPTZ,
    held_at             TIMESTAMPTZ,
    version             BIGINT      NOT NULL DEFAULT 0,
    created_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT topic_hearing_round_unique UNIQUE (topic_id, round)
);
CREATE INDEX topic_hearing_by_topic ON topic_hearing (congress_id, topic_id, round);

-- Attachments of the report: metadata only (the files live in document storage).
CREATE TABLE hearing_attachment (
    hearing_id UUID NOT NULL REFERENCES topic_hearing (id) ON DELETE CASCADE,
    position   INT  NOT NULL,
    file_name  TEXT NOT NULL,
    media_type TEXT NOT NULL,
    size_bytes BIGINT NOT NULL CHECK (size_bytes >= 0),
    storage_ref TEXT,
    PRIMARY KEY (hearing_id, position)
);

-- Attendance of a meeting (hearing or rectification evaluation): members and deputies present.
CREATE TABLE hearing_attendee (
    hearing_id  UUID NOT NULL REFERENCES topic_hearing (id) ON DELETE CASCADE,
    member_id   TEXT,                      -- committee member's subject (may rate)
    deputy_id   UUID,                      -- when the attendee is a deputy (counted by deputies)
    name        TEXT NOT NULL,
    position    INT  NOT NULL,
    PRIMARY KEY (hearing_id, position)
);
CREATE INDEX hearing_attendee_by_deputy ON hearing_attendee (deputy_id) WHERE deputy_id IS NOT NULL;

-- 问: questions by members and answers by the department, in order.
CREATE TABLE topic_question (
    id            UUID PRIMARY KEY,
    congress_id   TEXT        NOT NULL,
    topic_id      UUID        NOT NULL REFERENCES supervision_topic (id),
    hearing_round INT         NOT NULL,
    seq           INT         NOT NULL,
    asked_by      TEXT        NOT NULL,
    asker_name    TEXT,
    question      TEXT        NOT NULL,
    answer        TEXT,
    answered_by   TEXT,
    department_id TEXT,
    answered_at   TIMESTAMPTZ,
    asked_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    version       BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT topic_question_seq_unique UNIQUE (topic_id, seq)
);
CREATE INDEX topic_question_by_topic ON topic_question (congress_id, topic_id, seq);

-- Deliberation opinions (审议意见) and the rectification they ask for.
CREATE TABLE topic_opinion (
    id                     UUID PRIMARY KEY,
    congress_id            TEXT        NOT NULL,
    topic_id               UUID        NOT NULL REFERENCES supervision_topic (id),
    hearing_round          INT         NOT NULL,
    text                   TEXT        NOT NULL,
    issued_on              DATE        NOT NULL,
    rectification_deadline DATE        NOT NULL,
    acknowledged_at        TIMESTAMPTZ,
    rectification_round    INT         NOT NULL DEFAULT 1,
    rectified_at           TIMESTAMPTZ,
    overdue_flagged_at     TIMESTAMPTZ,
    version                BIGINT      NOT NULL DEFAULT 0,
    created_at             TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT topic_opinion_round_unique UNIQUE (topic_id, hearing_round),
    CHECK (rectification_deadline > issued_on)
);
CREATE INDEX topic_opinion_by_topic ON topic_opinion (congress_id, topic_id, hearing_round);
-- The overdue scan: opinions still waiting for a rectification report, by deadline.
CREATE INDEX topic_opinion_pending ON topic_opinion (rectification_deadline)
    WHERE rectified_at IS NULL AND overdue_flagged_at IS NULL;

-- The department's written rectification reports (整改情况报告); a second one when asked again.
CREATE TABLE rectification_report (
    id            UUID PRIMARY KEY,
    congress_id   TEXT        NOT NULL,
    topic_id      UUID        NOT NULL REFERENCES supervision_topic (id),
    opinion_id    UUID        NOT NULL REFERENCES topic_opinion (id),
    round         INT         NOT NULL,
    text          TEXT        NOT NULL,
    department_id TEXT        NOT NULL,
    reported_by   TEXT        NOT NULL,
    reported_at   TIMESTAMPTZ NOT NULL,
    late          BOOLEAN     NOT NULL,
    CONSTRAINT rectification_report_round_unique UNIQUE (opinion_id, round)
);
CREATE INDEX rectification_report_by_topic ON rectification_report (congress_id, topic_id, reported_at);

-- Appointees (任免) of the Standing Committee.
CREATE TABLE appointee (
    id            UUID PRIMARY KEY,
    congress_id   TEXT        NOT NULL,
    person_name   TEXT        NOT NULL,
    post          TEXT        NOT NULL,
    department_id TEXT        NOT NULL,
    appointed_on  DATE        NOT NULL,
    last_outcome  TEXT,
    last_reviewed_on DATE,
    version       BIGINT      NOT NULL DEFAULT 0,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX appointee_by_name ON appointee (congress_id, person_name, id);

-- Satisfaction evaluations (满意度测评): of a topic's report or rectification, or an appointee's review.
CREATE TABLE evaluation (
    id                  UUID PRIMARY KEY,
    congress_id         TEXT        NOT NULL,
    subject             TEXT        NOT NULL CHECK (subject IN ('REPORT', 'RECTIFICATION', 'PERFORMANCE')),
    topic_id            UUID REFERENCES supervision_topic (id),
    hearing_round       INT,
    appointee_id        UUID REFERENCES appointee (id),
    meeting_date        DATE        NOT NULL,
    report_text         TEXT,
    status              TEXT        NOT NULL CHECK (status IN ('OPEN', 'COMPLETED')),
    satisfied           INT         NOT NULL DEFAULT 0,
    basically_satisfied INT         NOT NULL DEFAULT 0,
    dissatisfied        INT         NOT NULL DEFAULT 0,
    outcome             TEXT,
    completed_at        TIMESTAMPTZ,
    version             BIGINT      NOT NULL DEFAULT 0,
    created_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK ((topic_id IS NULL) <> (appointee_id IS NULL))
);
CREATE INDEX evaluation_by_topic ON evaluation (congress_id, topic_id, created_at, id);
CREATE INDEX evaluation_by_appointee ON evaluation (congress_id, appointee_id, created_at, id);
-- At most one open evaluation per topic and per appointee.
CREATE UNIQUE INDEX evaluation_one_open_per_topic ON evaluation (topic_id) WHERE status = 'OPEN' AND topic_id IS NOT NULL;
CREATE UNIQUE INDEX evaluation_one_open_per_appointee ON evaluation (appointee_id) WHERE status = 'OPEN' AND appointee_id IS NOT NULL;

-- The members present at the evaluation's meeting: only they may rate.
CREATE TABLE evaluation_member (
    evaluation_id UUID NOT NULL REFERENCES evaluation (id) ON DELETE CASCADE,
    member_id     TEXT NOT NULL,
    PRIMARY KEY (evaluation_id, member_id)
);

-- One rating per member per evaluation, enforced by the database.
CREATE TABLE rating (
    id            UUID PRIMARY KEY,
    congress_id   TEXT        NOT NULL,
    evaluation_id UUID        NOT NULL REFERENCES evaluation (id),
    member_id     TEXT        NOT NULL,
    grade         TEXT        NOT NULL CHECK (grade IN ('SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED')),
    comment       TEXT,
    rated_at      TIMESTAMPTZ NOT NULL,
    CONSTRAINT rating_one_per_member UNIQUE (evaluation_id, member_id)
);
CREATE INDEX rating_by_evaluation ON rating (congress_id, evaluation_id);

-- Follow-up subjects fed by other services' events: livelihood projects and key suggestions.
CREATE TABLE supervision_subject (
    id            UUID PRIMARY KEY,
    congress_id   TEXT        NOT NULL,
    source        TEXT        NOT NULL CHECK (source IN ('LIVELIHOOD_PROJECT', 'KEY_SUGGESTION')),
    source_id     TEXT        NOT NULL,
    title         TEXT,
    department_id TEXT,
    supervisor    TEXT,
    year          INT,
    progress_percent INT,
    status        TEXT        NOT NULL,
    last_event_at TIMESTAMPTZ,
    version       BIGINT      NOT NULL DEFAULT 0,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT supervision_subject_source_unique UNIQUE (congress_id, source, source_id)
);
CREATE INDEX supervision_subject_by_source ON supervision_subject (congress_id, source, updated_at, id);

CREATE TABLE subject_progress (
    id          UUID PRIMARY KEY,
    congress_id TEXT        NOT NULL,
    subject_id  UUID        NOT NULL REFERENCES supervision_subject (id),
    event_id    TEXT        NOT NULL,
    event_type  TEXT        NOT NULL,
    occurred_at TIMESTAMPTZ NOT NULL,
    percent     INT,
    summary     TEXT,
    CONSTRAINT subject_progress_event_unique UNIQUE (subject_id, event_id)
);
CREATE INDEX subject_progress_by_subject ON subject_progress (congress_id, subject_id, occurred_at, id);
