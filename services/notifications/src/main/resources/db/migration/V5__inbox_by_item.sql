-- A person's entries about one item (GET /api/v1/notifications?itemId=): the console's item page
-- and the system tests look an item's notices up among many.
CREATE INDEX notification_item ON notification (recipient, congress_id, item_id, seq DESC);
