-- Committee-held keys and lockdown (issue 13).
--
-- In committee vault mode the master key file is sealed by a root key that exists only in memory,
-- joined from k of the n shares the committee holds. The database keeps the root key's check value
-- (HMAC-SHA256 of a fixed label under the key: it reveals nothing of the key) so that joined
-- shares are accepted only when they give the current root key. At most one row.
CREATE TABLE vault_committee (
    id               SMALLINT    NOT NULL,
    threshold        INTEGER     NOT NULL,
    holders          INTEGER     NOT NULL,
    root_check_value VARCHAR(64) NOT NULL,
    split_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    -- a case was shredded while the vault was sealed: the master key rotation that destroys its
    -- wrapped key waits for the next unseal
    rotation_pending BOOLEAN     NOT NULL,
    CONSTRAINT vault_committee_pk PRIMARY KEY (id),
    CONSTRAINT vault_committee_one_row CHECK (id = 1),
    CONSTRAINT vault_committee_k_of_n CHECK (threshold >= 2 AND threshold <= holders)
);

-- The lockdown, shared by every instance on this database (each polls it every ~2 s).
-- generation grows at each lockdown: a session signed in under an older generation is signed out.
CREATE TABLE vault_lockdown (
    id          SMALLINT NOT NULL,
    locked      BOOLEAN  NOT NULL,
    generation  BIGINT   NOT NULL,
    changed_at  TIMESTAMP WITH TIME ZONE,
    changed_by  VARCHAR(64),
    CONSTRAINT vault_lockdown_pk PRIMARY KEY (id),
    CONSTRAINT vault_lockdown_one_row CHECK (id = 1)
);

INSERT INTO vault_lockdown (id, locked, generation) VALUES (1, FALSE, 0);
