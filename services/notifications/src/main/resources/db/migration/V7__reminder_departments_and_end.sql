-- Reminders that name their own departments and reminders that end at a moment, not on a day:
-- department_ids are the departments a rectification reminder still speaks to (one that reported
-- leaves the list; the reminder is cancelled when none is left); ends_at is the moment after which
-- the reminder would be wrong (a check-in window that closed), when there is one.
ALTER TABLE reminder ADD COLUMN department_ids TEXT[];
ALTER TABLE reminder ADD COLUMN ends_at TIMESTAMPTZ;
