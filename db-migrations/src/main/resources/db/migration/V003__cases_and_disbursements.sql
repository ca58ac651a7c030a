-- Cases and disbursements (issue 4): pseudonymous cases, the versioned voting policy, disbursement
-- requests with their holds, the committee's live votes and recusals.
-- Runs unchanged on H2 (MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE) and PostgreSQL 15.
-- Nothing here identifies a household: no names, no addresses, no free text about the case (a
-- request's justification is sealed by the vault, V004).

CREATE SEQUENCE cases_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE disbursement_request_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE disbursement_vote_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE disbursement_recusal_seq START WITH 50 INCREMENT BY 50;

-- A household known by a random code such as C-7KQ4 (the unique constraint settles the rare
-- collision: the application retries with a fresh code). Attributes are coarse on purpose.
CREATE TABLE cases (
    id                  BIGINT       NOT NULL PRIMARY KEY,
    code                VARCHAR(6)   NOT NULL,
    household_size_band VARCHAR(20)  NOT NULL,
    area                VARCHAR(60)  NOT NULL,
    languages           VARCHAR(400) NOT NULL,
    created_by          VARCHAR(64)  NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT cases_code_unique UNIQUE (code),
    CONSTRAINT cases_household_size_band_known
        CHECK (household_size_band IN ('ONE', 'TWO_TO_THREE', 'FOUR_TO_FIVE', 'SIX_OR_MORE'))
);

-- One row per version of the written rules; a version is never updated, editing adds the next.
CREATE TABLE voting_policy (
    version            INTEGER     NOT NULL PRIMARY KEY,
    small_limit_minor  BIGINT      NOT NULL,
    small_approvals    INTEGER     NOT NULL,
    medium_limit_minor BIGINT      NOT NULL,
    medium_approvals   INTEGER     NOT NULL,
    deadline_hours     INTEGER     NOT NULL,
    case_cap_minor     BIGINT      NOT NULL,
    cap_window_days    INTEGER     NOT NULL,
    created_by         VARCHAR(64) NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT voting_policy_version_positive CHECK (version > 0),
    CONSTRAINT voting_policy_tiers_ordered
        CHECK (small_limit_minor > 0 AND medium_limit_minor > small_limit_minor),
    CONSTRAINT voting_policy_approvals_ordered
        CHECK (small_approvals >= 1 AND medium_approvals >= small_approvals),
    CONSTRAINT voting_policy_deadline_positive CHECK (deadline_hours > 0),
    CONSTRAINT voting_policy_cap_positive CHECK (case_cap_minor > 0 AND cap_window_days > 0)
);

-- The default: up to 500.00 two approvals, up to 2,000.00 three, above that a majority of the
-- eligible members; 72 hours to decide; at most 3,000.00 per case in any 90 days.
INSERT INTO voting_policy (version, small_limit_minor, small_approvals, medium_limit_minor,
                           medium_approvals, deadline_hours, case_cap_minor, cap_window_days,
                           created_by, created_at)
VALUES (1, 50000, 2, 200000, 3, 72, 300000, 90, 'system', CURRENT_TIMESTAMP);

-- held_minor is the hold an approved request places on its fund: the fund's available amount is
-- its posted cash minus the sum of held_minor over its requests. Only APPROVED rows hold, and
-- they hold exactly their amount. A PAID row names the one journal entry that paid it.
CREATE TABLE disbursement_request (
    id               BIGINT       NOT NULL PRIMARY KEY,
    row_version      BIGINT       NOT NULL,
    case_id          BIGINT       NOT NULL,
    fund_id          BIGINT       NOT NULL,
    category         VARCHAR(20)  NOT NULL,
    amount_minor     BIGINT       NOT NULL,
    currency         VARCHAR(3)   NOT NULL,
    payee            VARCHAR(20)  NOT NULL,
    requested_by     VARCHAR(64)  NOT NULL,
    opened_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    deadline         TIMESTAMP WITH TIME ZONE NOT NULL,
    policy_version   INTEGER      NOT NULL,
    status           VARCHAR(10)  NOT NULL,
    decided_at       TIMESTAMP WITH TIME ZONE,
    held_minor       BIGINT,
    shortfall_minor  BIGINT,
    paid_at          TIMESTAMP WITH TIME ZONE,
    paid_by          VARCHAR(64),
    journal_entry_id BIGINT,
    payment_reference VARCHAR(100),
    cancelled_at     TIMESTAMP WITH TIME ZONE,
    cancelled_by     VARCHAR(64),
    cancel_reason    VARCHAR(500),
    CONSTRAINT disbursement_request_case FOREIGN KEY (case_id) REFERENCES cases (id),
    CONSTRAINT disbursement_request_fund FOREIGN KEY (fund_id) REFERENCES fund (id),
    CONSTRAINT disbursement_request_policy FOREIGN KEY (policy_version)
        REFERENCES voting_policy (version),
    CONSTRAINT disbursement_request_entry FOREIGN KEY (journal_entry_id)
        REFERENCES journal_entry (id),
    CONSTRAINT disbursement_request_paid_by_one_entry UNIQUE (journal_entry_id),
    CONSTRAINT disbursement_request_amount_positive CHECK (amount_minor > 0),
    CONSTRAINT disbursement_request_category_known
        CHECK (category IN ('RENT', 'UTILITIES', 'FOOD', 'MEDICAL', 'LEGAL', 'TRANSPORT', 'OTHER')),
    CONSTRAINT disbursement_request_payee_known
        CHECK (payee IN ('LANDLORD', 'UTILITY', 'HOUSEHOLD', 'VENDOR', 'OTHER')),
    CONSTRAINT disbursement_request_status_known
        CHECK (status IN ('OPEN', 'APPROVED', 'REJECTED', 'EXPIRED', 'PAID', 'CANCELLED')),
    CONSTRAINT disbursement_request_only_approved_holds
        CHECK ((status = 'APPROVED' AND held_minor IS NOT NULL AND held_minor = amount_minor)
            OR (status <> 'APPROVED' AND held_minor IS NULL)),
    CONSTRAINT disbursement_request_paid_has_entry
        CHECK ((status = 'PAID' AND journal_entry_id IS NOT NULL AND paid_at IS NOT NULL)
            OR (status <> 'PAID' AND journal_entry_id IS NULL)),
    CONSTRAINT disbursement_request_cancelled_has_reason
        CHECK (status <> 'CANCELLED' OR cancel_reason IS NOT NULL),
    CONSTRAINT disbursement_request_decided_when_closed
        CHECK (status = 'OPEN' OR decided_at IS NOT NULL)
);

-- The expiry timer's scan, the cap's per-case window, and the holds of a fund.
CREATE INDEX disbursement_request_status_deadline ON disbursement_request (status, deadline);
CREATE INDEX disbursement_request_case_opened ON disbursement_request (case_id, opened_at);
CREATE INDEX disbursement_request_fund_status ON disbursement_request (fund_id, status);

-- A member's live vote: one per member and request, replaced in place when changed (the audit
-- trail keeps each change). Refers to the request only, never to the case.
CREATE TABLE disbursement_vote (
    id           BIGINT        NOT NULL PRIMARY KEY,
    request_id   BIGINT        NOT NULL,
    username     VARCHAR(64)   NOT NULL,
    decision     VARCHAR(10)   NOT NULL,
    vote_comment VARCHAR(1000),
    cast_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT disbursement_vote_request FOREIGN KEY (request_id)
        REFERENCES disbursement_request (id),
    CONSTRAINT disbursement_vote_one_live_per_member UNIQUE (request_id, username),
    CONSTRAINT disbursement_vote_decision_known CHECK (decision IN ('APPROVE', 'REJECT', 'ABSTAIN'))
);

-- A member stepping aside from one request; they are then out of its eligible members.
CREATE TABLE disbursement_recusal (
    id         BIGINT       NOT NULL PRIMARY KEY,
    request_id BIGINT       NOT NULL,
    username   VARCHAR(64)  NOT NULL,
    reason     VARCHAR(500),
    recused_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT disbursement_recusal_request FOREIGN KEY (request_id)
        REFERENCES disbursement_request (id),
    CONSTRAINT disbursement_recusal_once_per_member UNIQUE (request_id, username)
);
