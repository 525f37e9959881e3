-- Runs once, when the PostgreSQL volume is first initialised (as the postgres superuser).
--
-- Row-level security is FORCEd on the tenant tables, and a superuser (or a role with
-- BYPASSRLS) ignores it. So the application connects as an ordinary role that owns the
-- database and its schema; Flyway migrates as that same role.
--
-- Change the password before real use, here and in SPRING_DATASOURCE_PASSWORD (which
-- docker-compose.yml passes to the app). On an existing volume use ALTER ROLE instead:
-- this script does not run again.
CREATE ROLE lyrox LOGIN PASSWORD 'lyrox' NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS;
CREATE DATABASE lyrox OWNER lyrox;
