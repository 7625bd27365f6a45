-- Filters of the item list and ledger export: by the dates items were submitted, registered and
-- replied, by final evaluation. registered_on is set from now on (an older build leaves it null,
-- and items registered before this migration have none: the registration date was not kept).
ALTER TABLE suggestion ADD COLUMN registered_on DATE;
CREATE INDEX suggestion_by_submitted ON suggestion (congress_id, submitted_at) WHERE submitted_at IS NOT NULL;
CREATE INDEX suggestion_by_registered ON suggestion (congress_id, registered_on) WHERE registered_on IS NOT NULL;
CREATE INDEX suggestion_by_final_evaluation ON suggestion (congress_id, final_evaluation) WHERE final_evaluation IS NOT NULL;
CREATE INDEX reply_by_replied ON reply (congress_id, replied_on, suggestion_id);
