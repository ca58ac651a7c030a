package org.reliefledger.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.reliefledger.audit.entity.Countersignature;

/**
 * A role that one administrator proposed to give a user and that a second person must confirm
 * before the user holds it (see {@link Role#grantedByTwo()}).
 *
 * <p><b>Guarantees:</b> only for a role that needs two people; confirmed at most once, never by its
 * proposer nor by the user who would receive it; confirming it gives the user the role, or fails
 * and changes nothing when the user's roles no longer combine with it.
 */
@Entity
@Table(name = "role_grant")
@NamedQuery(
    name = RoleGrant.PENDING,
    query = "SELECT g FROM RoleGrant g WHERE g.signatures.confirmedAt IS NULL ORDER BY g.id")
@NamedQuery(
    name = RoleGrant.PENDING_FOR,
    query =
        "SELECT g FROM RoleGrant g WHERE g.signatures.confirmedAt IS NULL"
            + " AND g.userId = :user AND g.role = :role")
public class RoleGrant {

  public static final String PENDING = "RoleGrant.pending";
  public static final String PENDING_FOR = "RoleGrant.pendingFor";

  @Id
  @SequenceGenerator(name = "role_grant_seq", sequenceName = "role_grant_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "role_grant_seq")
  private Long id;

  @Column(name = "user_id", nullable = false, updatable = false)
  private long userId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 16)
  private Role role;

  @Embedded private Countersignature signatures;

  protected RoleGrant() {}

  /**
   * @throws IllegalArgumentException for a role anyone may grant alone
   */
  public RoleGrant(UserAccount grantee, Role role, String proposedBy, Instant now) {
    if (!role.grantedByTwo()) {
      throw new IllegalArgumentException(role + " is granted at once");
    }
    this.userId = grantee.id();
    this.role = role;
    this.signatures = new Countersignature(proposedBy, now);
  }

  /**
   * Gives {@code grantee} the role, confirmed by {@code confirmer}.
   *
   * @throws IllegalStateException when already confirmed, or confirmed by its proposer or grantee
   * @throws IllegalArgumentException when the grantee's roles do not combine with it
   */
  public void confirm(UserAccount grantee, String confirmer, Instant now) {
    if (grantee.id() != userId) {
      throw new IllegalArgumentException("this grant is for another user");
    }
    if (grantee.username().equals(confirmer)) {
      throw new IllegalStateException("nobody confirms a role for themselves");
    }
    var roles = grantee.roles();
    roles.add(role);
    if (!Role.combinable(roles)) {
      throw new IllegalArgumentException("one account may not hold both ADMIN and INTAKE");
    }
    signatures.confirm(confirmer, now);
    grantee.holdExactly(roles);
  }

  public boolean isProposedBy(String person) {
    return signatures.isProposedBy(person);
  }

  public boolean isConfirmed() {
    return signatures.isConfirmed();
  }

  public Long id() {
    return id;
  }

  public long userId() {
    return userId;
  }

  public Role role() {
    return role;
  }

  public String proposedBy() {
    return signatures.proposedBy();
  }

  public Instant proposedAt() {
    return signatures.proposedAt();
  }
}
