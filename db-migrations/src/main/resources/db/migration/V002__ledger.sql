-- The double-entry ledger: chart of accounts, funds, the hash-chained journal, the per-fund cash
-- row that serializes spending, giving records, and the idempotency record every money-moving
-- POST uses. Runs unchanged on H2 (MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE) and PostgreSQL 15.

CREATE SEQUENCE account_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE fund_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE journal_entry_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE posting_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE donation_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE grant_award_seq START WITH 50 INCREMENT BY 50;

-- Codes are hashed into every journal entry that uses them: they never change.
CREATE TABLE account (
    id           BIGINT       NOT NULL PRIMARY KEY,
    code         VARCHAR(32)  NOT NULL,
    name         VARCHAR(120) NOT NULL,
    account_type VARCHAR(20)  NOT NULL,
    CONSTRAINT account_code_unique UNIQUE (code),
    CONSTRAINT account_type_known
        CHECK (account_type IN ('ASSET', 'LIABILITY', 'NET_ASSETS', 'INCOME', 'EXPENSE'))
);

CREATE TABLE fund (
    id         BIGINT       NOT NULL PRIMARY KEY,
    code       VARCHAR(32)  NOT NULL,
    name       VARCHAR(120) NOT NULL,
    restricted BOOLEAN      NOT NULL,
    CONSTRAINT fund_code_unique UNIQUE (code)
);

CREATE TABLE fund_allowed_category (
    fund_id  BIGINT      NOT NULL,
    category VARCHAR(20) NOT NULL,
    CONSTRAINT fund_allowed_category_pk PRIMARY KEY (fund_id, category),
    CONSTRAINT fund_allowed_category_fund FOREIGN KEY (fund_id) REFERENCES fund (id),
    CONSTRAINT fund_allowed_category_known
        CHECK (category IN ('RENT', 'UTILITIES', 'FOOD', 'MEDICAL', 'LEGAL', 'TRANSPORT', 'OTHER'))
);

-- One row per fund: the row every spender locks (SELECT ... FOR UPDATE, in fund id order) and the
-- cached cash of the fund, i.e. the sum over its postings to ASSET accounts of debit - credit.
-- The CHECK is the last line of defence against an overdraft.
CREATE TABLE fund_balance (
    fund_id    BIGINT NOT NULL PRIMARY KEY,
    cash_minor BIGINT NOT NULL,
    CONSTRAINT fund_balance_fund FOREIGN KEY (fund_id) REFERENCES fund (id),
    CONSTRAINT fund_balance_not_overdrawn CHECK (cash_minor >= 0)
);

-- The single row every poster locks last: it holds the end of the hash chain, so entries form one
-- line even with several application instances.
CREATE TABLE ledger_chain_head (
    id            INTEGER     NOT NULL PRIMARY KEY,
    last_sequence BIGINT      NOT NULL,
    last_hash     VARCHAR(64) NOT NULL,
    CONSTRAINT ledger_chain_head_single CHECK (id = 1)
);

-- Immutable once inserted; a reversal is a new row pointing at the one it reverses (once only).
-- hash = SHA-256 of the canonical form (see EntryContent), which includes previous_hash.
CREATE TABLE journal_entry (
    id              BIGINT       NOT NULL PRIMARY KEY,
    sequence_number BIGINT       NOT NULL,
    entry_date      DATE         NOT NULL,
    memo            VARCHAR(500) NOT NULL,
    reverses_id     BIGINT,
    idempotency_key VARCHAR(200),
    previous_hash   VARCHAR(64)  NOT NULL,
    hash            VARCHAR(64)  NOT NULL,
    CONSTRAINT journal_entry_sequence_unique UNIQUE (sequence_number),
    CONSTRAINT journal_entry_sequence_positive CHECK (sequence_number > 0),
    CONSTRAINT journal_entry_reversed_once UNIQUE (reverses_id),
    CONSTRAINT journal_entry_reverses FOREIGN KEY (reverses_id) REFERENCES journal_entry (id),
    CONSTRAINT journal_entry_idempotency_key_unique UNIQUE (idempotency_key),
    CONSTRAINT journal_entry_previous_hash_unique UNIQUE (previous_hash),
    CONSTRAINT journal_entry_hash_unique UNIQUE (hash)
);

CREATE INDEX journal_entry_date ON journal_entry (entry_date);

CREATE TABLE posting (
    id               BIGINT      NOT NULL PRIMARY KEY,
    journal_entry_id BIGINT      NOT NULL,
    line_number      INTEGER     NOT NULL,
    account_id       BIGINT      NOT NULL,
    fund_id          BIGINT      NOT NULL,
    debit_minor      BIGINT      NOT NULL,
    credit_minor     BIGINT      NOT NULL,
    currency         VARCHAR(3)  NOT NULL,
    CONSTRAINT posting_entry FOREIGN KEY (journal_entry_id) REFERENCES journal_entry (id),
    CONSTRAINT posting_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT posting_fund FOREIGN KEY (fund_id) REFERENCES fund (id),
    CONSTRAINT posting_line_unique UNIQUE (journal_entry_id, line_number),
    CONSTRAINT posting_line_positive CHECK (line_number > 0),
    CONSTRAINT posting_one_side CHECK ((debit_minor > 0 AND credit_minor = 0)
                                    OR (credit_minor > 0 AND debit_minor = 0))
);

CREATE INDEX posting_account_fund ON posting (account_id, fund_id);
CREATE INDEX posting_fund ON posting (fund_id);

-- Donor identity is optional; it lives only here, never in journal memos, logs or audit text.
CREATE TABLE donation (
    id                 BIGINT       NOT NULL PRIMARY KEY,
    journal_entry_id   BIGINT       NOT NULL,
    donation_date      DATE         NOT NULL,
    amount_minor       BIGINT       NOT NULL,
    currency           VARCHAR(3)   NOT NULL,
    fund_id            BIGINT       NOT NULL,
    deposit_account_id BIGINT       NOT NULL,
    method             VARCHAR(20)  NOT NULL,
    donor_name         VARCHAR(200),
    donor_email        VARCHAR(254),
    CONSTRAINT donation_entry FOREIGN KEY (journal_entry_id) REFERENCES journal_entry (id),
    CONSTRAINT donation_entry_unique UNIQUE (journal_entry_id),
    CONSTRAINT donation_fund FOREIGN KEY (fund_id) REFERENCES fund (id),
    CONSTRAINT donation_deposit_account FOREIGN KEY (deposit_account_id) REFERENCES account (id),
    CONSTRAINT donation_amount_positive CHECK (amount_minor > 0),
    CONSTRAINT donation_method_known
        CHECK (method IN ('CASH', 'CHECK', 'CARD', 'PAYMENT_APP', 'BANK_TRANSFER'))
);

CREATE INDEX donation_date ON donation (donation_date);

-- "grant" is an SQL keyword, hence grant_award.
CREATE TABLE grant_award (
    id                 BIGINT       NOT NULL PRIMARY KEY,
    journal_entry_id   BIGINT       NOT NULL,
    grant_date         DATE         NOT NULL,
    amount_minor       BIGINT       NOT NULL,
    currency           VARCHAR(3)   NOT NULL,
    fund_id            BIGINT       NOT NULL,
    deposit_account_id BIGINT       NOT NULL,
    grantor            VARCHAR(200) NOT NULL,
    restriction        VARCHAR(500),
    period_end         DATE,
    CONSTRAINT grant_award_entry FOREIGN KEY (journal_entry_id) REFERENCES journal_entry (id),
    CONSTRAINT grant_award_entry_unique UNIQUE (journal_entry_id),
    CONSTRAINT grant_award_fund FOREIGN KEY (fund_id) REFERENCES fund (id),
    CONSTRAINT grant_award_deposit_account FOREIGN KEY (deposit_account_id) REFERENCES account (id),
    CONSTRAINT grant_award_amount_positive CHECK (amount_minor > 0)
);

-- One row per Idempotency-Key of any money-moving POST, written in the same transaction as the
-- money movement. request_fingerprint = SHA-256 over the operation name and the canonical request
-- body, so the same key on another endpoint or with another body is a conflict (409).
-- result_type / result_id say what the first request created (e.g. JOURNAL_ENTRY 150).
CREATE TABLE idempotency_record (
    idempotency_key     VARCHAR(200) NOT NULL PRIMARY KEY,
    request_fingerprint VARCHAR(64)  NOT NULL,
    result_type         VARCHAR(40)  NOT NULL,
    result_id           BIGINT       NOT NULL,
    created_at          TIMESTAMP    NOT NULL
);

-- Installed data. Flyway runs each migration once, under its own lock, so several instances
-- starting together install it exactly once. nextval() consumes a whole allocation block of 50,
-- so these ids never collide with the ids EclipseLink allocates later.

INSERT INTO ledger_chain_head (id, last_sequence, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

INSERT INTO account (id, code, name, account_type) VALUES
    (nextval('account_seq'), '1000', 'Bank account', 'ASSET');
INSERT INTO account (id, code, name, account_type) VALUES
    (nextval('account_seq'), '1010', 'Cash box', 'ASSET');
INSERT INTO account (id, code, name, account_type) VALUES
    (nextval('account_seq'), '1020', 'Payment-app clearing', 'ASSET');
INSERT INTO account (id, code, name, account_type) VALUES
    (nextval('account_seq'), '1030', 'Card processor clearing', 'ASSET');
INSERT INTO account (id, code, name, account_type) VALUES
    (nextval('account_seq'), '2000', 'Accounts payable', 'LIABILITY');
INSERT INTO account (id, code, name, account_type) VALUES
    (nextval('account_seq'), '3000', 'Net assets without donor restrictions', 'NET_ASSETS');
INSERT INTO account (id, code, name, account_type) VALUES
    (nextval('account_seq'), '3100', 'Net assets with donor restrictions', 'NET_ASSETS');
INSERT INTO account (id, code, name, account_type) VALUES
    (nextval('account_seq'), '4000', 'Donations', 'INCOME');
INSERT INTO account (id, code, name, account_type) VALUES
    (nextval('account_seq'), '4100', 'Grants', 'INCOME');
INSERT INTO account (id, code, name, account_type) VALUES
    (nextval('account_seq'), '4900', 'Other income', 'INCOME');
INSERT INTO account (id, code, name, account_type) VALUES
    (nextval('account_seq'), '5000', 'Rent relief', 'EXPENSE');
INSERT INTO account (id, code, name, account_type) VALUES
    (nextval('account_seq'), '5010', 'Utilities assistance', 'EXPENSE');
INSERT INTO account (id, code, name, account_type) VALUES
    (nextval('account_seq'), '5020', 'Food assistance', 'EXPENSE');
INSERT INTO account (id, code, name, account_type) VALUES
    (nextval('account_seq'), '5030', 'Medical assistance', 'EXPENSE');
INSERT INTO account (id, code, name, account_type) VALUES
    (nextval('account_seq'), '5040', 'Legal aid', 'EXPENSE');
INSERT INTO account (id, code, name, account_type) VALUES
    (nextval('account_seq'), '5050', 'Transport assistance', 'EXPENSE');
INSERT INTO account (id, code, name, account_type) VALUES
    (nextval('account_seq'), '5090', 'Other emergency aid', 'EXPENSE');
INSERT INTO account (id, code, name, account_type) VALUES
    (nextval('account_seq'), '5100', 'Bank and payment fees', 'EXPENSE');

INSERT INTO fund (id, code, name, restricted) VALUES
    (nextval('fund_seq'), 'GENERAL', 'General fund', FALSE);
INSERT INTO fund_allowed_category (fund_id, category)
SELECT f.id, c.category
FROM fund f
CROSS JOIN (VALUES ('RENT'), ('UTILITIES'), ('FOOD'), ('MEDICAL'), ('LEGAL'), ('TRANSPORT'),
                   ('OTHER')) AS c (category)
WHERE f.code = 'GENERAL';
INSERT INTO fund_balance (fund_id, cash_minor)
SELECT id, 0 FROM fund WHERE code = 'GENERAL';
