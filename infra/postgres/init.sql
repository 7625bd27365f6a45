-- PostgreSQL bootstrap for docker-compose.yml (mounted into /docker-entrypoint-initdb.d/).
--
-- One role and one database per service, role name = database name = password (development
-- only!), each role owning its database, and pg_trgm in every database for substring search over
-- Chinese text. The cluster itself is created UTF-8 with the C.UTF-8 locale (POSTGRES_INITDB_ARGS
-- in docker-compose.yml); the databases repeat it explicitly from template0 so they never depend
-- on template1's settings.
--
-- The official image runs this file once, as the superuser, with `psql -v ON_ERROR_STOP=1`, and
-- only when the data volume is empty: after changing it, `docker compose down -v` to re-run it.
-- `\connect <db>` is a psql meta-command (not SQL): it switches the session to another database,
-- which is the only way to run CREATE EXTENSION inside each one from a single script. It must
-- stand on its own line and takes no semicolon. The native equivalent is infra/local/postgres.sh.

CREATE ROLE deputies    LOGIN PASSWORD 'deputies';
CREATE ROLE suggestions LOGIN PASSWORD 'suggestions';
CREATE ROLE supervision LOGIN PASSWORD 'supervision';
CREATE ROLE voting      LOGIN PASSWORD 'voting';
CREATE ROLE audit       LOGIN PASSWORD 'audit';
CREATE ROLE notifications LOGIN PASSWORD 'notifications';

CREATE DATABASE deputies    OWNER deputies    ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8' TEMPLATE template0;
CREATE DATABASE suggestions OWNER suggestions ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8' TEMPLATE template0;
CREATE DATABASE supervision OWNER supervision ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8' TEMPLATE template0;
CREATE DATABASE voting      OWNER voting      ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8' TEMPLATE template0;
CREATE DATABASE audit       OWNER audit       ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8' TEMPLATE template0;
CREATE DATABASE notifications OWNER notifications ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8' TEMPLATE template0;

\connect deputies
CREATE EXTENSION IF NOT EXISTS pg_trgm;

\connect suggestions
CREATE EXTENSION IF NOT EXISTS pg_trgm;

\connect supervision
CREATE EXTENSION IF NOT EXISTS pg_trgm;

\connect voting
CREATE EXTENSION IF NOT EXISTS pg_trgm;

\connect audit
CREATE EXTENSION IF NOT EXISTS pg_trgm;

\connect notifications
CREATE EXTENSION IF NOT EXISTS pg_trgm;
