-- Nothing about a household in clear (issue 12, item 2): the free text users write about a request
-- (vote comments, recusal reasons, cancellation reasons, payment references) and donors' names
-- and e-mails leave their clear-text columns. From now on the application seals them in the vault:
-- notes under the case's data key (shredding the case destroys them), donors under a data key of
-- their own, wrapped by the master key like a case's.
--
-- Existing clear values cannot be sealed by SQL (the master key never enters the database), and
-- none of them was ever shown by the application, so they are dropped here, not carried over (see
-- docs/vault.md, "Notes and donors"). Dropped values stay in PostgreSQL's dead tuples and WAL until
-- the operator runs VACUUM FULL on donation, disbursement_vote, disbursement_recusal and
-- disbursement_request after upgrading (it cannot run inside this migration's transaction).

-- One note per request, kind and author (a changed vote replaces its comment), sealed (AES-GCM)
-- under the case's data key and bound to the request, the kind and the author.
-- request_id is disbursement_request.id, case_id is cases.id (V003).
CREATE TABLE request_note (
    request_id  BIGINT      NOT NULL,
    note_kind   VARCHAR(20) NOT NULL,
    author      VARCHAR(64) NOT NULL,
    case_id     BIGINT      NOT NULL,
    note_nonce  BYTEA       NOT NULL,
    note_sealed BYTEA       NOT NULL,
    written_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT request_note_pk PRIMARY KEY (request_id, note_kind, author),
    CONSTRAINT request_note_kind_known CHECK (note_kind IN
        ('VOTE_COMMENT', 'RECUSAL_REASON', 'CANCELLATION_REASON', 'PAYMENT_REFERENCE'))
);

CREATE INDEX request_note_case_idx ON request_note (case_id);

-- The donor of one donation: a data key of their own, wrapped by a master key and bound to the
-- donation, and their name and e-mail sealed under it. Deleting the row destroys them.
CREATE TABLE donor_key (
    donation_id    BIGINT      NOT NULL,
    master_key_id  VARCHAR(19) NOT NULL,
    wrap_nonce     BYTEA       NOT NULL,
    wrapped_key    BYTEA       NOT NULL,
    details_nonce  BYTEA       NOT NULL,
    details_sealed BYTEA       NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT donor_key_pk PRIMARY KEY (donation_id),
    CONSTRAINT donor_key_donation_fk FOREIGN KEY (donation_id) REFERENCES donation (id),
    CONSTRAINT donor_key_master_key_fk FOREIGN KEY (master_key_id)
        REFERENCES vault_master_key (key_id)
);

CREATE INDEX donor_key_master_key_idx ON donor_key (master_key_id);

-- What became of a donation's donor: NONE (anonymous), SEALED (in donor_key) or NOT_KEPT (given,
-- but the fund keeps no donor details, or they were dropped by this migration).
ALTER TABLE donation ADD COLUMN donor_details VARCHAR(8) DEFAULT 'NONE' NOT NULL;
ALTER TABLE donation ADD CONSTRAINT donation_donor_details_known
    CHECK (donor_details IN ('NONE', 'SEALED', 'NOT_KEPT'));
UPDATE donation SET donor_details = 'NOT_KEPT'
    WHERE donor_name IS NOT NULL OR donor_email IS NOT NULL;
ALTER TABLE donation DROP COLUMN donor_name;
ALTER TABLE donation DROP COLUMN donor_email;

ALTER TABLE disbursement_vote DROP COLUMN vote_comment;
ALTER TABLE disbursement_recusal DROP COLUMN reason;
ALTER TABLE disbursement_request DROP CONSTRAINT disbursement_request_cancelled_has_reason;
ALTER TABLE disbursement_request DROP COLUMN payment_reference;
ALTER TABLE disbursement_request DROP COLUMN cancel_reason;
