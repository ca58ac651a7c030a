-- Payment instructions (issue 12, item 4): whom the treasurer pays for a request and how (payee
-- name, method, account or handle, mailing address, memo line). They name a landlord or the
-- household, so they are one envelope sealed (AES-GCM) under the case's data key and bound to the
-- request, like the justification; shredding the case destroys them. Intake writes them (a rewrite
-- replaces the row); the row is deleted when the request is paid or cancelled.
-- request_id is disbursement_request.id, case_id is cases.id (V003).
CREATE TABLE payment_instructions (
    request_id          BIGINT      NOT NULL,
    case_id             BIGINT      NOT NULL,
    instructions_nonce  BYTEA       NOT NULL,
    instructions_sealed BYTEA       NOT NULL,
    written_by          VARCHAR(64) NOT NULL,
    written_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT payment_instructions_pk PRIMARY KEY (request_id)
);

CREATE INDEX payment_instructions_case_idx ON payment_instructions (case_id);
