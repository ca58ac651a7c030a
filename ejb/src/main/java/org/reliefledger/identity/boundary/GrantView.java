package org.reliefledger.identity.boundary;

import java.time.Instant;
import org.reliefledger.identity.entity.Role;

/** A role waiting for a second person to confirm it. */
public record GrantView(
    long id, String username, Role role, String proposedBy, Instant proposedAt) {}
