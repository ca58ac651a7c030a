package org.reliefledger.identity.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.reliefledger.audit.boundary.Audit;
import org.reliefledger.identity.entity.Role;
import org.reliefledger.identity.entity.RoleGrant;
import org.reliefledger.identity.entity.UserAccount;

/** Proposes roles that need a second person, once per user and role while pending. */
@Stateless
public class RoleGrants {

  public static final String AUDIT_OBJECT = "role_grant";

  @PersistenceContext EntityManager em;

  @Inject Audit audit;

  /** The pending grant of {@code role} to {@code grantee}: an earlier one, or a new one. */
  public RoleGrant propose(UserAccount grantee, Role role, String proposer) {
    var earlier =
        em.createNamedQuery(RoleGrant.PENDING_FOR, RoleGrant.class)
            .setParameter("user", grantee.id())
            .setParameter("role", role)
            .getResultStream()
            .findFirst();
    if (earlier.isPresent()) {
      return earlier.get();
    }
    var grant = new RoleGrant(grantee, role, proposer, Instant.now());
    em.persist(grant);
    em.flush();
    audit.record(
        "ROLE_GRANT_PROPOSED",
        AUDIT_OBJECT,
        String.valueOf(grant.id()),
        role + " for " + grantee.username());
    return grant;
  }
}
