-- Socialkontakt: one database and one role per service, plus one for Keycloak.
--
-- Run once by the postgres image's entrypoint on an empty data directory
-- (mounted into /docker-entrypoint-initdb.d/ by deploy/compose/compose.yaml; the
-- Kubernetes copy lives in the ConfigMap of deploy/k8s/postgres.yaml - keep the two
-- identical). Needs psql 15+ for \getenv. The passwords come from the container's
-- environment, never from this file:
--   SK_CHAT_DB_PASSWORD, SK_HOUSING_DB_PASSWORD, SK_CONTACTCENTER_DB_PASSWORD,
--   SK_ANALYTICS_DB_PASSWORD, KEYCLOAK_DB_PASSWORD
-- A missing variable leaves the :'...' reference unexpanded, which is a syntax error:
-- the entrypoint runs psql with ON_ERROR_STOP=1, so initialisation stops loudly
-- instead of creating a role without a password.
--
-- Services never read each other's databases (docs/production.md): every database
-- is owned by its own role and PUBLIC may not connect to it. Each service's Flyway
-- creates its tables in the public schema, which on PostgreSQL 15+ belongs to the
-- database owner.

\set ON_ERROR_STOP on

\getenv chat_password SK_CHAT_DB_PASSWORD
\getenv housing_password SK_HOUSING_DB_PASSWORD
\getenv contactcenter_password SK_CONTACTCENTER_DB_PASSWORD
\getenv analytics_password SK_ANALYTICS_DB_PASSWORD
\getenv keycloak_password KEYCLOAK_DB_PASSWORD

-- chat-service
CREATE ROLE sk_chat LOGIN PASSWORD :'chat_password';
CREATE DATABASE sk_chat OWNER sk_chat ENCODING 'UTF8' TEMPLATE template0;
REVOKE ALL ON DATABASE sk_chat FROM PUBLIC;

-- eservice-housing
CREATE ROLE sk_housing LOGIN PASSWORD :'housing_password';
CREATE DATABASE sk_housing OWNER sk_housing ENCODING 'UTF8' TEMPLATE template0;
REVOKE ALL ON DATABASE sk_housing FROM PUBLIC;

-- contact-center-service
CREATE ROLE sk_contactcenter LOGIN PASSWORD :'contactcenter_password';
CREATE DATABASE sk_contactcenter OWNER sk_contactcenter ENCODING 'UTF8' TEMPLATE template0;
REVOKE ALL ON DATABASE sk_contactcenter FROM PUBLIC;

-- analytics-service
CREATE ROLE sk_analytics LOGIN PASSWORD :'analytics_password';
CREATE DATABASE sk_analytics OWNER sk_analytics ENCODING 'UTF8' TEMPLATE template0;
REVOKE ALL ON DATABASE sk_analytics FROM PUBLIC;

-- Keycloak (production mode needs a real database; start-dev's file database is for the
-- bare-machine demo in deploy/infra only)
CREATE ROLE keycloak LOGIN PASSWORD :'keycloak_password';
CREATE DATABASE keycloak OWNER keycloak ENCODING 'UTF8' TEMPLATE template0;
REVOKE ALL ON DATABASE keycloak FROM PUBLIC;
