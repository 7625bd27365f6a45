-- The deployment's reference congresses, as the deputies service inserts them in its own migration
-- (V2__congresses_and_persons.sql there). That migration publishes no CongressRegistered event, so
-- without these rows the copy would never know that JS-ZHUJING & co. are towns: their town deputies
-- would not be entitled voters (a congress unknown here counts as a district) and the district's
-- cross-congress reads and roll-up would not find them. A later CongressRegistered/CongressUpdated
-- for the same id overwrites the row as usual.
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
