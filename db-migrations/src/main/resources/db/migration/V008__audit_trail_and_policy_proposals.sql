-- The auditor filters the trail by type (action) or by actor, newest first (issue #15).
CREATE INDEX audit_event_action_idx ON audit_event (action, occurred_at);
CREATE INDEX audit_event_actor_idx ON audit_event (actor, occurred_at);
