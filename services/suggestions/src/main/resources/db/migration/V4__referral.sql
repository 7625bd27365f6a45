-- Cross-level referral (issue 9, domain.md §1 multi-level linkage): a town's item referred to the
-- district becomes a new item there (links both ways); a referral to the city is only recorded.
ALTER TABLE suggestion ADD COLUMN referred_from_id UUID REFERENCES suggestion (id);
ALTER TABLE suggestion ADD COLUMN referred_to_id UUID REFERENCES suggestion (id);
-- the lead as the referring congress knew them, for a lead who is not a deputy here
ALTER TABLE suggestion ADD COLUMN lead_name TEXT;
ALTER TABLE suggestion ADD COLUMN lead_delegation_name TEXT;
CREATE INDEX suggestion_referred_from ON suggestion (referred_from_id) WHERE referred_from_id IS NOT NULL;
CREATE INDEX suggestion_referred_to ON suggestion (referred_to_id) WHERE referred_to_id IS NOT NULL;

CREATE TABLE referral (
    id                 UUID PRIMARY KEY,
    congress_id        TEXT        NOT NULL,
    suggestion_id      UUID        NOT NULL REFERENCES suggestion (id),
    target_level       TEXT        NOT NULL CHECK (target_level IN ('DISTRICT', 'CITY')),
    target_congress_id TEXT,
    referred_to_id     UUID REFERENCES suggestion (id),
    reason             TEXT        NOT NULL,
    city_reference     TEXT,
    referred_by        TEXT        NOT NULL,
    referred_at        TIMESTAMPTZ NOT NULL,
    CONSTRAINT referral_district_has_item CHECK (target_level <> 'DISTRICT' OR referred_to_id IS NOT NULL),
    CONSTRAINT referral_city_has_reference CHECK (target_level <> 'CITY' OR city_reference IS NOT NULL)
);
CREATE INDEX referral_by_suggestion ON referral (congress_id, suggestion_id);
CREATE INDEX referral_suggestion ON referral (suggestion_id);
CREATE INDEX referral_referred_to ON referral (referred_to_id) WHERE referred_to_id IS NOT NULL;
