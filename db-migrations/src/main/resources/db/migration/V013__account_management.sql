-- Account management: disabling a user, ending every session of a user, one-time passwords that
-- must be changed, and grants of sensitive roles that a second person confirms.
-- Runs unchanged on H2 (MODE=PostgreSQL) and PostgreSQL 15.

-- A disabled user cannot sign in, and its sessions and remembered credentials stop working.
ALTER TABLE app_user ADD COLUMN enabled BOOLEAN NOT NULL DEFAULT TRUE;
-- Raised to end every session of the user at once, on every instance: each request compares the
-- number its session (or remembered credentials) started under with this one.
ALTER TABLE app_user ADD COLUMN session_generation BIGINT NOT NULL DEFAULT 0;
-- Set by a password reset: the one-time password works only to choose a new one.
ALTER TABLE app_user ADD COLUMN password_change_required BOOLEAN NOT NULL DEFAULT FALSE;

CREATE SEQUENCE role_grant_seq START WITH 50 INCREMENT BY 50;

-- A sensitive role (ADMIN, INTAKE) proposed for a user by one administrator; it is added to the
-- user's roles only when a second person confirms it.
CREATE TABLE role_grant (
    id           BIGINT      NOT NULL PRIMARY KEY,
    user_id      BIGINT      NOT NULL REFERENCES app_user (id),
    role         VARCHAR(16) NOT NULL,
    proposed_by  VARCHAR(64) NOT NULL,
    proposed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    confirmed_by VARCHAR(64),
    confirmed_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT role_grant_sensitive CHECK (role IN ('ADMIN', 'INTAKE')),
    CONSTRAINT role_grant_second_person CHECK (confirmed_by IS NULL OR confirmed_by <> proposed_by),
    CONSTRAINT role_grant_confirmed_whole CHECK ((confirmed_by IS NULL) = (confirmed_at IS NULL))
);

CREATE INDEX role_grant_user_idx ON role_grant (user_id);

-- An intake assignment is in force only once a second administrator confirms it. Assignments
-- made before this version were made by one person alone: they wait for a confirmation too.
ALTER TABLE case_intake_assignment ADD COLUMN confirmed_by VARCHAR(64);
ALTER TABLE case_intake_assignment ADD COLUMN confirmed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE case_intake_assignment ADD CONSTRAINT case_intake_assignment_second_person
    CHECK (confirmed_by IS NULL OR (confirmed_by <> assigned_by AND confirmed_by <> username));
ALTER TABLE case_intake_assignment ADD CONSTRAINT case_intake_assignment_confirmed_whole
    CHECK ((confirmed_by IS NULL) = (confirmed_at IS NULL));
