-- 100,000 suggestions in Chinese for the list/search/statistics bench, in the congress :congress
-- (psql -v congress=...). Titles and content are built from word lists so that common and rare
-- terms both exist; states are spread over the lifecycle with the tasks, contacts and replies that
-- the statistics read. Runs once (bench.py skips it when the congress already has the items).
BEGIN;
CREATE TEMP TABLE words (kind TEXT, n INT, w TEXT);
INSERT INTO words
SELECT 'place', ordinality, w FROM unnest(ARRAY['朱泾镇','枫泾镇','张堰镇','亭林镇','吕巷镇','廊下镇',
  '金山卫镇','漕泾镇','山阳镇','石化街道','金山工业区','新农社区','东林村','卫城社区']) WITH ORDINALITY AS t(w)
UNION ALL
SELECT 'topic', ordinality, w FROM unnest(ARRAY['老旧小区加装电梯','停车管理','公路提档升级','河道综合整治',
  '垃圾分类','养老服务','社区食堂','学校周边交通','农村生活污水','公交线路优化','菜市场改造','医疗资源下沉',
  '非机动车停放','雨污分流','农田水利','乡村旅游','消防通道','噪声污染','校园安全','残疾人无障碍设施',
  '托育服务','健身步道','路灯维修','人才公寓','中小企业融资','农产品销售','文化活动中心','防汛排涝']) WITH ORDINALITY AS t(w)
UNION ALL
SELECT 'verb', ordinality, w FROM unnest(ARRAY['加强','推进','完善','加快','规范','优化','提高','解决'])
  WITH ORDINALITY AS t(w);

INSERT INTO suggestion (id, congress_id, kind, title, content, category, lead_deputy_id, term, session,
                        state, registration_number, lead_department_id, assigned_on, due_on, replied_on,
                        final_evaluation, key_supervised, submitted_at, closed_at, version,
                        created_at, updated_at)
SELECT gen_random_uuid(), :'congress', CASE WHEN i % 20 = 0 THEN 'MOTION' ELSE 'SUGGESTION' END,
       '关于' || v.w || p.w || t.w || '的建议（' || i || '）',
       '近年来，' || p.w || '群众反映' || t.w || '问题较为突出。建议有关部门' || v.w || t.w
         || '工作，统筹资金和力量，明确责任分工和完成时限，定期向代表通报进展。第' || i || '号。',
       (ARRAY['ECONOMY','URBAN_CONSTRUCTION','EDUCATION','HEALTH','ENVIRONMENT','AGRICULTURE',
              'CIVIL_AFFAIRS','PUBLIC_SECURITY','OTHER'])[1 + i % 9],
       ('b0000000-0000-4000-8000-' || lpad((1 + i % 3000)::text, 12, '0'))::uuid, 6, 3,
       s.state,
       CASE WHEN s.state NOT IN ('DRAFT', 'SUBMITTED') THEN '6-3-' || lpad(i::text, 6, '0') END,
       CASE WHEN s.state IN ('ASSIGNED','IN_PROGRESS','REPLIED','CLOSED')
            THEN (ARRAY['EDU','HEALTH','TRANSPORT','HOUSING'])[1 + i % 4] END,
       CASE WHEN s.state IN ('ASSIGNED','IN_PROGRESS','REPLIED','CLOSED') THEN d::date END,
       CASE WHEN s.state IN ('ASSIGNED','IN_PROGRESS','REPLIED','CLOSED') THEN (d + interval '3 months')::date END,
       CASE WHEN s.state IN ('REPLIED','CLOSED') THEN (d + interval '40 days')::date END,
       CASE WHEN s.state = 'CLOSED' THEN (ARRAY['SATISFIED','BASICALLY_SATISFIED','DISSATISFIED','SATISFIED'])[1 + i % 4] END,
       i % 50 = 0, d, CASE WHEN s.state = 'CLOSED' THEN d + interval '60 days' END, 3, d, d
FROM generate_series(1, 100000) AS i
CROSS JOIN LATERAL (SELECT timestamptz '2026-01-05 09:00+08' + (i % 300) * interval '1 day' + (i % 600) * interval '1 minute' AS d) AS dd
CROSS JOIN LATERAL (SELECT (ARRAY['DRAFT','SUBMITTED','REGISTERED','ASSIGNED','IN_PROGRESS','REPLIED',
                                  'CLOSED','CLOSED','CLOSED','CLOSED'])[1 + i % 10] AS state) AS s
JOIN words p ON p.kind = 'place' AND p.n = 1 + i % 14
JOIN words t ON t.kind = 'topic' AND t.n = 1 + (i / 14) % 28
JOIN words v ON v.kind = 'verb' AND v.n = 1 + (i / 7) % 8;

INSERT INTO handling_task (id, congress_id, suggestion_id, department_id, role, state, assigned_on,
                           send_back_until, signed_at, version, created_at)
SELECT gen_random_uuid(), congress_id, id, lead_department_id, 'LEAD',
       CASE WHEN state = 'ASSIGNED' THEN 'ASSIGNED' ELSE 'SIGNED' END, assigned_on, assigned_on + 10,
       CASE WHEN state <> 'ASSIGNED' THEN assigned_on + interval '2 days' END, 0, created_at
FROM suggestion WHERE congress_id = :'congress' AND lead_department_id IS NOT NULL;

INSERT INTO contact (id, congress_id, suggestion_id, department_id, contacted_on, way, summary,
                     recorded_by, created_at)
SELECT gen_random_uuid(), congress_id, id, lead_department_id, assigned_on + 20, 'PHONE',
       '电话联系代表，听取意见', 'bench', created_at
FROM suggestion WHERE congress_id = :'congress' AND state IN ('IN_PROGRESS', 'REPLIED', 'CLOSED')
  AND registration_number NOT LIKE '%7';

INSERT INTO reply (id, congress_id, suggestion_id, department_id, round, reply_class, text, publishable,
                   promised_on, signed_by, replied_on, on_time, evaluation, version, created_at)
SELECT gen_random_uuid(), congress_id, id, lead_department_id, 0,
       (ARRAY['A','B','C','A'])[1 + abs(hashtext(id::text)) % 4],
       '经研究，我局已将代表建议列入年度工作计划，具体答复如下。', true,
       replied_on + 90, 'bench', replied_on, abs(hashtext(id::text)) % 10 <> 0,
       final_evaluation, 0, created_at
FROM suggestion WHERE congress_id = :'congress' AND state IN ('REPLIED', 'CLOSED');
COMMIT;
-- Sets hint bits and the visibility map at once: otherwise the first statistics request after
-- seeding pays for it (it took over 60 s once and was cancelled by the transaction timeout).
VACUUM (ANALYZE) suggestion;
VACUUM (ANALYZE) handling_task;
VACUUM (ANALYZE) contact;
VACUUM (ANALYZE) reply;
