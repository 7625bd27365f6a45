-- Every service keeps its copy of the congresses in the same shape (the platform's CongressScope
-- writes it): the current term and session that number a congress's registrations too. Rows copied
-- before (and the reference congresses of V4) have none until the congress's next event.
ALTER TABLE congress_copy
    ADD COLUMN current_term    INT,
    ADD COLUMN current_session INT;
