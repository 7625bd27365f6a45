-- Handling units (承办单位) as reference data per congress: tasks, statistics, exports and public
-- pages name them; assignment accepts only active ones. department_id elsewhere holds the code.
CREATE TABLE department (
    id             UUID PRIMARY KEY,
    congress_id    TEXT        NOT NULL,
    code           TEXT        NOT NULL,
    name           TEXT        NOT NULL,
    short_name     TEXT        NOT NULL,
    kind           TEXT        NOT NULL,
    contact_person TEXT,
    contact_phone  TEXT,
    active         BOOLEAN     NOT NULL DEFAULT TRUE,
    version        BIGINT      NOT NULL DEFAULT 0,
    created_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT department_code_unique UNIQUE (congress_id, code)
);
CREATE INDEX department_by_active ON department (congress_id, active, code);

-- The district congress's units that the demo logins (dept-edu, dept-health, …) belong to.
INSERT INTO department (id, congress_id, code, name, short_name, kind) VALUES
    ('6d1f0c8e-2b0a-4c51-9f1e-000000000001', 'JS-DISTRICT', 'EDU', '区教育局', '区教育局', 'GOVERNMENT'),
    ('6d1f0c8e-2b0a-4c51-9f1e-000000000002', 'JS-DISTRICT', 'HEALTH', '区卫生健康委员会', '区卫健委', 'GOVERNMENT'),
    ('6d1f0c8e-2b0a-4c51-9f1e-000000000003', 'JS-DISTRICT', 'TRANSPORT', '区交通委员会', '区交通委', 'GOVERNMENT'),
    ('6d1f0c8e-2b0a-4c51-9f1e-000000000004', 'JS-DISTRICT', 'HOUSING', '区住房和城乡建设管理委员会', '区建管委', 'GOVERNMENT')
ON CONFLICT DO NOTHING;
