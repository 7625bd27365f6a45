-- Sorts of the item list and export (issue 3): each one is a keyset on its key plus id, read along
-- an index that leads with congress_id (issue 9), so that a page of a congress with 100,000 items
-- reads about a page of index entries and never sorts the whole congress. -createdAt and createdAt
-- read suggestion_by_created (V1) forwards or backwards.

-- The sequence of the registration number (6-3-0123 -> 123) as a number: the text stops sorting
-- once a session passes 9999 registrations (the number then has five digits).
ALTER TABLE suggestion ADD COLUMN registration_sequence INT;
UPDATE suggestion SET registration_sequence = split_part(registration_number, '-', 3)::int
 WHERE registration_number ~ '^[0-9]+-[0-9]+-[0-9]{1,9}$';

-- sort=registrationNumber: the numbered items by term, session, sequence; then those without a
-- number (submitted, returned, motions), oldest first.
CREATE INDEX suggestion_by_registration ON suggestion (congress_id, term, session, registration_sequence, id)
    WHERE registration_sequence IS NOT NULL;
CREATE INDEX suggestion_unnumbered_by_created ON suggestion (congress_id, created_at, id)
    WHERE registration_sequence IS NULL;

-- sort=dueOn: the items with a handling deadline, earliest first; then those without one, oldest first.
CREATE INDEX suggestion_by_due ON suggestion (congress_id, due_on, id) WHERE due_on IS NOT NULL;
CREATE INDEX suggestion_undated_by_created ON suggestion (congress_id, created_at, id) WHERE due_on IS NULL;
