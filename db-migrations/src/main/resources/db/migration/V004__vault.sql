-- Privacy vault (issue 5): sealed personal data, per-case data keys, crypto-shredding.
--
-- Every sealed value is AES-256-GCM: a random 12-byte nonce and the ciphertext followed by its
-- 16-byte tag, bound (as associated data) to its case and field. Data keys are stored only wrapped
-- by a master key that lives in a key file outside the database. A full copy of these tables
-- therefore reveals nothing without that file; deleting a case_key row (shredding) turns the case's
-- sealed values into noise for good.

-- One row per master key the vault has ever used. check_value (HMAC-SHA256 of a fixed label under
-- the key) lets a start-up tell the right key file from a wrong one without storing the key.
CREATE TABLE vault_master_key (
    key_id        VARCHAR(19) NOT NULL,
    check_value   VARCHAR(64) NOT NULL,
    registered_at TIMESTAMP WITH TIME ZONE NOT NULL,
    retired_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT vault_master_key_pk PRIMARY KEY (key_id)
);

-- A case's AES-256 data key, wrapped (AES-GCM) by a master key and bound to the case.
-- Deleting the row is crypto-shredding. case_id is cases.id (V003).
CREATE TABLE case_key (
    case_id       BIGINT      NOT NULL,
    master_key_id VARCHAR(19) NOT NULL,
    wrap_nonce    BYTEA       NOT NULL,
    wrapped_key   BYTEA       NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT case_key_pk PRIMARY KEY (case_id),
    CONSTRAINT case_key_master_key_fk FOREIGN KEY (master_key_id)
        REFERENCES vault_master_key (key_id)
);

CREATE INDEX case_key_master_key_idx ON case_key (master_key_id);

-- The vault's state of each case: its sealed identifying details (one padded envelope holding
-- name, phone, address and notes; absent when intake kept none) and, once shredded, when.
-- A shredded case keeps its row as the marker but no envelope.
CREATE TABLE case_pii (
    case_id     BIGINT NOT NULL,
    pii_nonce   BYTEA,
    pii_sealed  BYTEA,
    sealed_at   TIMESTAMP WITH TIME ZONE,
    shredded_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT case_pii_pk PRIMARY KEY (case_id),
    CONSTRAINT case_pii_envelope_whole CHECK (
        (pii_nonce IS NULL AND pii_sealed IS NULL AND sealed_at IS NULL)
        OR (pii_nonce IS NOT NULL AND pii_sealed IS NOT NULL AND sealed_at IS NOT NULL)),
    CONSTRAINT case_pii_shredded_holds_nothing CHECK (shredded_at IS NULL OR pii_sealed IS NULL)
);

CREATE INDEX case_pii_shredded_idx ON case_pii (shredded_at);

-- The free-text justification of a disbursement request, sealed under its case's data key and
-- bound to the request. request_id is the disbursement request's id (V003).
CREATE TABLE request_justification (
    request_id           BIGINT NOT NULL,
    case_id              BIGINT NOT NULL,
    justification_nonce  BYTEA  NOT NULL,
    justification_sealed BYTEA  NOT NULL,
    CONSTRAINT request_justification_pk PRIMARY KEY (request_id)
);

CREATE INDEX request_justification_case_idx ON request_justification (case_id);

-- Intake users who may read a case's personal data besides its creator: assigned by an admin.
CREATE TABLE case_intake_assignment (
    case_id     BIGINT       NOT NULL,
    username    VARCHAR(100) NOT NULL,
    assigned_by VARCHAR(100) NOT NULL,
    assigned_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT case_intake_assignment_pk PRIMARY KEY (case_id, username)
);
