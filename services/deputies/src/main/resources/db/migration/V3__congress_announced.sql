-- V2 inserted the deployment's reference congresses in SQL, so no CongressRegistered event was ever
-- published for them and the other services' copies did not know them (issue 9). From now on a
-- congress records when its registration was published; the service publishes the ones without
-- (SeededCongressAnnouncer, at startup) through the outbox like any other event.
ALTER TABLE congress ADD COLUMN announced_at TIMESTAMPTZ;

-- Congresses registered through the API already published their event when they were created.
UPDATE congress SET announced_at = created_at
 WHERE id NOT IN ('JS-DISTRICT', 'JS-ZHUJING', 'JS-FENGJING', 'JS-ZHANGYAN', 'JS-TINGLIN',
                  'JS-LVXIANG', 'JS-LANGXIA', 'JS-JINSHANWEI', 'JS-CAOJING', 'JS-SHANYANG');

CREATE INDEX congress_unannounced ON congress (id) WHERE announced_at IS NULL;
