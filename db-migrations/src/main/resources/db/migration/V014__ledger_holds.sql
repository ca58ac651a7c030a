-- Holds are ledger records (two-phase transfers, after TigerBeetle): a hold reserves an amount of a
-- fund's cash for one purpose (its reference, e.g. an approved disbursement request). A fund can
-- spend its cash minus its PENDING holds. A hold is resolved exactly once: POSTED by the journal
-- entry that spends it, or VOIDED, which gives the amount back to the fund.
CREATE SEQUENCE ledger_hold_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE ledger_hold (
    id               BIGINT       NOT NULL PRIMARY KEY,
    fund_id          BIGINT       NOT NULL,
    amount_minor     BIGINT       NOT NULL,
    currency         VARCHAR(3)   NOT NULL,
    reference        VARCHAR(100) NOT NULL,
    state            VARCHAR(10)  NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    resolved_at      TIMESTAMP WITH TIME ZONE,
    journal_entry_id BIGINT,
    CONSTRAINT ledger_hold_fund FOREIGN KEY (fund_id) REFERENCES fund (id),
    CONSTRAINT ledger_hold_entry FOREIGN KEY (journal_entry_id) REFERENCES journal_entry (id),
    CONSTRAINT ledger_hold_reference_unique UNIQUE (reference),
    CONSTRAINT ledger_hold_posted_by_one_entry UNIQUE (journal_entry_id),
    CONSTRAINT ledger_hold_amount_positive CHECK (amount_minor > 0),
    CONSTRAINT ledger_hold_state_known CHECK (state IN ('PENDING', 'POSTED', 'VOIDED')),
    CONSTRAINT ledger_hold_resolved_once
        CHECK ((state = 'PENDING' AND resolved_at IS NULL AND journal_entry_id IS NULL)
            OR (state = 'POSTED' AND resolved_at IS NOT NULL AND journal_entry_id IS NOT NULL)
            OR (state = 'VOIDED' AND resolved_at IS NOT NULL AND journal_entry_id IS NULL))
);

-- What a fund holds: the sum of its pending holds, read under the fund's lock.
CREATE INDEX ledger_hold_fund_state ON ledger_hold (fund_id, state);

-- The hold an approved request placed; it stays with the request after payment or cancellation.
ALTER TABLE disbursement_request ADD COLUMN hold_id BIGINT;
ALTER TABLE disbursement_request
    ADD CONSTRAINT disbursement_request_hold FOREIGN KEY (hold_id) REFERENCES ledger_hold (id);
ALTER TABLE disbursement_request
    ADD CONSTRAINT disbursement_request_one_hold UNIQUE (hold_id);

-- Approved, unpaid requests held their amount through held_minor; each becomes a pending hold.
-- Ids come from the sequence itself (nextval): EclipseLink never hands out a value it did not get
-- from nextval as the top of a block, so these cannot collide with ids it allocates later.
INSERT INTO ledger_hold (id, fund_id, amount_minor, currency, reference, state, created_at)
SELECT nextval('ledger_hold_seq'), r.fund_id, r.held_minor, r.currency,
       CONCAT('disbursement_request:', CAST(r.id AS VARCHAR(20))), 'PENDING',
       COALESCE(r.decided_at, r.opened_at)
FROM disbursement_request r
WHERE r.status = 'APPROVED';

UPDATE disbursement_request
SET hold_id = (SELECT h.id FROM ledger_hold h
               WHERE h.reference = CONCAT('disbursement_request:', CAST(disbursement_request.id AS VARCHAR(20))))
WHERE status = 'APPROVED';
