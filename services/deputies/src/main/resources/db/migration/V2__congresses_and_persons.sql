-- The congresses one deployment serves: the district and its towns (issue 9).
CREATE TABLE congress (
    id              TEXT PRIMARY KEY CHECK (id ~ '^[A-Z0-9-]{2,40}$'),
    name            TEXT        NOT NULL,
    level           TEXT        NOT NULL CHECK (level IN ('DISTRICT', 'TOWN')),
    parent_id       TEXT REFERENCES congress (id),
    current_term    INT         NOT NULL CHECK (current_term > 0),
    current_session INT         NOT NULL CHECK (current_session > 0),
    version         BIGINT      NOT NULL DEFAULT 0,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT congress_name_unique UNIQUE (name),
    CONSTRAINT town_has_parent CHECK (level = 'DISTRICT' OR parent_id IS NOT NULL)
);
CREATE INDEX congress_by_parent ON congress (parent_id);

-- Reference data of the deployment: Jinshan District's 6th congress and its towns' 17th.
INSERT INTO congress (id, name, level, parent_id, current_term, current_session) VALUES
    ('JS-DISTRICT',   '金山区人民代表大会',   'DISTRICT', NULL,          6,  3),
    ('JS-ZHUJING',    '朱泾镇人民代表大会',   'TOWN',     'JS-DISTRICT', 17, 3),
    ('JS-FENGJING',   '枫泾镇人民代表大会',   'TOWN',     'JS-DISTRICT', 17, 3),
    ('JS-ZHANGYAN',   '张堰镇人民代表大会',   'TOWN',     'JS-DISTRICT', 17, 3),
    ('JS-TINGLIN',    '亭林镇人民代表大会',   'TOWN',     'JS-DISTRICT', 17, 3),
    ('JS-LVXIANG',    '吕巷镇人民代表大会',   'TOWN',     'JS-DISTRICT', 17, 3),
    ('JS-LANGXIA',    '廊下镇人民代表大会',   'TOWN',     'JS-DISTRICT', 17, 3),
    ('JS-JINSHANWEI', '金山卫镇人民代表大会', 'TOWN',     'JS-DISTRICT', 17, 3),
    ('JS-CAOJING',    '漕泾镇人民代表大会',   'TOWN',     'JS-DISTRICT', 17, 3),
    ('JS-SHANYANG',   '山阳镇人民代表大会',   'TOWN',     'JS-DISTRICT', 17, 3);

-- A person who sits in two congresses has one deputy row per congress (membership) sharing a
-- person id; a deputy's own id is their person id unless linked to an existing membership.
ALTER TABLE deputy ADD COLUMN person_id UUID;
UPDATE deputy SET person_id = id;
ALTER TABLE deputy ALTER COLUMN person_id SET NOT NULL;
CREATE INDEX deputy_by_person ON deputy (person_id);
-- one membership per person and congress
ALTER TABLE deputy ADD CONSTRAINT deputy_person_congress_unique UNIQUE (person_id, congress_id);
