-- Indexes for the foreign keys that had none leading with the referencing column: without them a
-- delete or key update of a suggestion scans these tables once per row.
CREATE INDEX IF NOT EXISTS suggestion_merged_into ON suggestion (merged_into_id) WHERE merged_into_id IS NOT NULL;
CREATE INDEX IF NOT EXISTS suggestion_converted_from ON suggestion (converted_from_id) WHERE converted_from_id IS NOT NULL;
CREATE INDEX IF NOT EXISTS suggestion_converted_to ON suggestion (converted_to_id) WHERE converted_to_id IS NOT NULL;
CREATE INDEX IF NOT EXISTS contact_suggestion ON contact (suggestion_id);
CREATE INDEX IF NOT EXISTS extension_request_suggestion ON extension_request (suggestion_id);
