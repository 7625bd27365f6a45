-- Two-character search (噪声, 养老, 托育: most Chinese words have two characters). pg_trgm indexes
-- nothing for a two-character LIKE pattern, so such a search read the whole congress (bench: p99
-- 557 ms over 116,000 items). Each item also keeps the set of its character bigrams (title, a line
-- break, content) in a generated column with a GIN index; a two-character query is one bigram, and
-- the match is exact: the bigram is in the set exactly when the query occurs in the title or the
-- content (a stripped two-character query cannot hold the line break). See SuggestionRepository.
CREATE FUNCTION text_bigrams(t text) RETURNS text[]
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS
$$ SELECT coalesce(array_agg(DISTINCT substr(t, i, 2)), '{}') FROM generate_series(1, char_length(t) - 1) AS i $$;

ALTER TABLE suggestion
    ADD COLUMN search_bigrams text[] GENERATED ALWAYS AS (text_bigrams(title || E'\n' || content)) STORED;
CREATE INDEX suggestion_search_bigrams ON suggestion USING gin (search_bigrams);

-- The containment test as a function HQL can call; PostgreSQL inlines it into
-- "search_bigrams @> ARRAY[bigram]", which the index answers.
CREATE FUNCTION text_array_contains(a text[], e text) RETURNS boolean
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$ SELECT a @> ARRAY[e] $$;
