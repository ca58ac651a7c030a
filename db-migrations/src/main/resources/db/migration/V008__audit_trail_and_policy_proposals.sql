-- The auditor filters the trail by type (action) or by actor, newest first (issue #15).
CREATE INDEX audit_event_action_idx ON audit_event (action, occurred_at);
CREATE INDEX audit_event_actor_idx ON audit_event (actor, occurred_at);

-- A voting-policy change waits here until a second person confirms it (issue #15): an
-- administrator proposes, another administrator or a committee member confirms, never the
-- proposer. A confirmed proposal names the policy version it became and never changes again.
CREATE SEQUENCE policy_proposal_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE policy_proposal (
    id                 BIGINT      NOT NULL PRIMARY KEY,
    small_limit_minor  BIGINT      NOT NULL,
    small_approvals    INTEGER     NOT NULL,
    medium_limit_minor BIGINT      NOT NULL,
    medium_approvals   INTEGER     NOT NULL,
    deadline_hours     INTEGER     NOT NULL,
    case_cap_minor     BIGINT      NOT NULL,
    cap_window_days    INTEGER     NOT NULL,
    proposed_by        VARCHAR(64) NOT NULL,
    proposed_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    confirmed_by       VARCHAR(64),
    confirmed_at       TIMESTAMP WITH TIME ZONE,
    policy_version     INTEGER,
    CONSTRAINT policy_proposal_second_person
        CHECK (confirmed_by IS NULL OR confirmed_by <> proposed_by),
    CONSTRAINT policy_proposal_confirmed_whole
        CHECK ((confirmed_by IS NULL) = (confirmed_at IS NULL)
           AND (confirmed_by IS NULL) = (policy_version IS NULL))
);
