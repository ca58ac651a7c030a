-- Users of the application, their roles, and the audit trail.
-- Runs unchanged on H2 (MODE=PostgreSQL) and PostgreSQL 15.

CREATE SEQUENCE app_user_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE app_user (
    id              BIGINT       NOT NULL PRIMARY KEY,
    username        VARCHAR(64)  NOT NULL,
    password_hash   VARCHAR(512) NOT NULL,
    -- Consecutive failed logins and the moment before which no login is tried: brute-force
    -- slow-down per user, kept in the database so every app instance sees the same state.
    failed_logins   INTEGER      NOT NULL DEFAULT 0,
    locked_until    TIMESTAMP WITH TIME ZONE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT app_user_username_unique UNIQUE (username)
);

CREATE TABLE app_user_role (
    user_id BIGINT      NOT NULL REFERENCES app_user (id),
    role    VARCHAR(16) NOT NULL,
    CONSTRAINT app_user_role_pk PRIMARY KEY (user_id, role),
    CONSTRAINT app_user_role_known CHECK (role IN ('ADMIN', 'TREASURER', 'COMMITTEE', 'INTAKE', 'AUDITOR'))
);

CREATE SEQUENCE audit_event_seq START WITH 50 INCREMENT BY 50;

-- Who did what to which object, and when. Never client addresses, never PII.
CREATE TABLE audit_event (
    id          BIGINT       NOT NULL PRIMARY KEY,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    actor       VARCHAR(64)  NOT NULL,
    action      VARCHAR(64)  NOT NULL,
    object_type VARCHAR(64)  NOT NULL,
    object_id   VARCHAR(64),
    detail      VARCHAR(500)
);

CREATE INDEX audit_event_object_idx ON audit_event (object_type, object_id);
CREATE INDEX audit_event_occurred_idx ON audit_event (occurred_at);
