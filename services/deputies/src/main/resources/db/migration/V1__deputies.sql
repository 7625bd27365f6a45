-- Deputies context. Every row belongs to one congress; indexes lead with congress_id.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE delegation (
    id          UUID PRIMARY KEY,
    congress_id TEXT        NOT NULL,
    name        TEXT        NOT NULL,
    version     BIGINT      NOT NULL DEFAULT 0,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT delegation_name_unique UNIQUE (congress_id, name)
);

CREATE TABLE deputy (
    id                UUID PRIMARY KEY,
    congress_id       TEXT        NOT NULL,
    name              TEXT        NOT NULL,
    gender            TEXT        NOT NULL CHECK (gender IN ('MALE', 'FEMALE')),
    birth_year        INT         CHECK (birth_year BETWEEN 1900 AND 2100),
    party             TEXT,
    occupation        TEXT,
    level             TEXT        NOT NULL CHECK (level IN ('CITY', 'DISTRICT', 'TOWN')),
    term              INT         NOT NULL CHECK (term > 0),
    delegation_id     UUID        NOT NULL REFERENCES delegation (id),
    status            TEXT        NOT NULL CHECK (status IN ('ACTIVE', 'SUSPENDED', 'TERMINATED')),
    status_changed_on DATE,
    status_reason     TEXT,
    user_subject      TEXT,
    phone             TEXT,
    email             TEXT,
    biography         TEXT,
    version           BIGINT      NOT NULL DEFAULT 0,
    created_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    -- one deputy record per login and congress
    CONSTRAINT deputy_user_unique UNIQUE (congress_id, user_subject)
);
CREATE INDEX deputy_by_name ON deputy (congress_id, name, id);
CREATE INDEX deputy_by_delegation ON deputy (congress_id, delegation_id);
-- Chinese substring search on names (needs the cluster's UTF-8 locale for trigrams).
CREATE INDEX deputy_name_trgm ON deputy USING gin (name gin_trgm_ops);

CREATE TABLE contact_station (
    id            UUID PRIMARY KEY,
    congress_id   TEXT        NOT NULL,
    name          TEXT        NOT NULL,
    kind          TEXT        NOT NULL CHECK (kind IN ('PRACTICE_SITE', 'LIAISON_STATION', 'DEPUTY_HOME')),
    address       TEXT,
    delegation_id UUID REFERENCES delegation (id),
    version       BIGINT      NOT NULL DEFAULT 0,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT contact_station_name_unique UNIQUE (congress_id, name)
);

CREATE TABLE station_duty (
    id          UUID PRIMARY KEY,
    congress_id TEXT        NOT NULL,
    station_id  UUID        NOT NULL REFERENCES contact_station (id),
    deputy_id   UUID        NOT NULL REFERENCES deputy (id),
    duty_date   DATE        NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT station_duty_unique UNIQUE (station_id, deputy_id, duty_date)
);
CREATE INDEX station_duty_by_date ON station_duty (congress_id, station_id, duty_date);

CREATE TABLE constituent_contact (
    id               UUID PRIMARY KEY,
    congress_id      TEXT        NOT NULL,
    deputy_id        UUID        NOT NULL REFERENCES deputy (id),
    station_id       UUID REFERENCES contact_station (id),
    received_on      DATE        NOT NULL,
    constituent_name TEXT,
    subject          TEXT        NOT NULL,
    content          TEXT        NOT NULL,
    suggestion_id    UUID,
    version          BIGINT      NOT NULL DEFAULT 0,
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at       TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX constituent_contact_by_deputy ON constituent_contact (congress_id, deputy_id, received_on DESC, id);

CREATE TABLE activity (
    id              UUID PRIMARY KEY,
    congress_id     TEXT        NOT NULL,
    deputy_id       UUID        NOT NULL REFERENCES deputy (id),
    kind            TEXT        NOT NULL,
    occurred_on     DATE        NOT NULL,
    title           TEXT        NOT NULL,
    source          TEXT        NOT NULL CHECK (source IN ('MANUAL', 'EVENT')),
    source_event_id TEXT,
    recorded_by     TEXT        NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    -- an event records an activity of a kind for a deputy once
    CONSTRAINT activity_from_event_unique UNIQUE (deputy_id, kind, source_event_id)
);
CREATE INDEX activity_by_deputy ON activity (congress_id, deputy_id, occurred_on DESC, id);
