-- Who is told of a ballot: the ACTIVE deputies of the congress's own level, the voting service's
-- rule of who is entitled. This service keeps its own copy of the deputies and congresses from
-- congress.deputies.v1 (consumer group notifications, Inbox consumers notifications.deputies and
-- notifications.congresses), the platform's one way (DeputyCopies, CongressScope).

-- One row per membership: its congress, level and status are all the rule needs.
CREATE TABLE deputy_copy (
    id          UUID PRIMARY KEY,
    congress_id TEXT NOT NULL,
    level       TEXT NOT NULL,
    status      TEXT NOT NULL
);
CREATE INDEX deputy_copy_entitled ON deputy_copy (congress_id, level, status, id);

-- The congresses in the shape every service keeps them (CongressScope writes and reads it; the row's
-- id is the congress's id): the level decides whose deputies are entitled.
CREATE TABLE congress_copy (
    id              TEXT PRIMARY KEY,
    name            TEXT        NOT NULL,
    level           TEXT        NOT NULL CHECK (level IN ('DISTRICT', 'TOWN')),
    parent_id       TEXT,
    current_term    INT,
    current_session INT,
    version         BIGINT      NOT NULL DEFAULT 0,
    updated_at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX congress_copy_by_parent ON congress_copy (parent_id, id);

-- The deployment's reference congresses, as the deputies service inserts them in its own migration
-- (as in the voting service's copy): until their CongressRegistered comes, JS-ZHUJING & co. are known
-- as towns (a congress unknown here counts as a district). A later event overwrites the row.
INSERT INTO congress_copy (id, name, level, parent_id, updated_at) VALUES
    ('JS-DISTRICT',   '金山区人民代表大会',   'DISTRICT', NULL,          now()),
    ('JS-ZHUJING',    '朱泾镇人民代表大会',   'TOWN',     'JS-DISTRICT', now()),
    ('JS-FENGJING',   '枫泾镇人民代表大会',   'TOWN',     'JS-DISTRICT', now()),
    ('JS-ZHANGYAN',   '张堰镇人民代表大会',   'TOWN',     'JS-DISTRICT', now()),
    ('JS-TINGLIN',    '亭林镇人民代表大会',   'TOWN',     'JS-DISTRICT', now()),
    ('JS-LVXIANG',    '吕巷镇人民代表大会',   'TOWN',     'JS-DISTRICT', now()),
    ('JS-LANGXIA',    '廊下镇人民代表大会',   'TOWN',     'JS-DISTRICT', now()),
    ('JS-JINSHANWEI', '金山卫镇人民代表大会', 'TOWN',     'JS-DISTRICT', now()),
    ('JS-CAOJING',    '漕泾镇人民代表大会',   'TOWN',     'JS-DISTRICT', now()),
    ('JS-SHANYANG',   '山阳镇人民代表大会',   'TOWN',     'JS-DISTRICT', now())
ON CONFLICT (id) DO NOTHING;
