package org.reliefledger.identity.boundary;

import java.time.OffsetDateTime;
import java.util.Set;
import org.reliefledger.identity.entity.Role;

/** A user as others may see it: never the password hash. */
public record UserView(String username, Set<Role> roles, OffsetDateTime createdAt) {}
