package org.reliefledger.identity.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;

/**
 * A person who signs in to Relief Ledger.
 *
 * <p>Guarantees: the password is only ever held as a PBKDF2 hash and never leaves this class
 * through {@link #toString()}. Its consecutive failed logins and the time until which its password
 * is not checked are claimed and cleared by conditional updates only (see {@link LoginThrottle}),
 * never read-modify-written through this object, so parallel attempts cannot race past them. It
 * never holds roles that must be kept apart ({@link Role#combinable}). Its session generation is
 * only ever raised, by one UPDATE in the database (see {@code SessionGenerations}), never written
 * through this object. It may hold no role while a grant of its only role awaits confirmation.
 */
@Entity
@Table(name = "app_user")
public class UserAccount {

  @Id
  @SequenceGenerator(name = "app_user_seq", sequenceName = "app_user_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "app_user_seq")
  private Long id;

  @Column(nullable = false, unique = true, length = 64)
  private String username;

  @Column(name = "password_hash", nullable = false, length = 512)
  private String passwordHash;

  @Column(name = "failed_logins", nullable = false)
  private int failedLogins;

  @Column(name = "locked_until")
  private OffsetDateTime lockedUntil;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(nullable = false)
  private boolean enabled = true;

  @Column(name = "session_generation", nullable = false, updatable = false)
  private long sessionGeneration;

  @Column(name = "password_change_required", nullable = false)
  private boolean passwordChangeRequired;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
  @Column(name = "role", nullable = false, length = 16)
  @Enumerated(EnumType.STRING)
  private Set<Role> roles = EnumSet.noneOf(Role.class);

  protected UserAccount() {}

  public UserAccount(
      String username, String passwordHash, Set<Role> roles, OffsetDateTime createdAt) {
    this.username = username;
    this.passwordHash = passwordHash;
    holdExactly(roles);
    this.createdAt = createdAt;
  }

  /**
   * From now on the user holds exactly {@code roles}.
   *
   * @throws IllegalArgumentException when they must be kept apart
   */
  public void holdExactly(Set<Role> roles) {
    if (!Role.combinable(roles)) {
      throw new IllegalArgumentException("one account may not hold both ADMIN and INTAKE");
    }
    this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
  }

  public void disable() {
    enabled = false;
  }

  public void enable() {
    enabled = true;
  }

  public boolean isEnabled() {
    return enabled;
  }

  /**
   * A new password hash; {@code oneTime} for one an administrator chose, which works only to choose
   * the next.
   */
  public void replacePassword(String newHash, boolean oneTime) {
    this.passwordHash = newHash;
    this.passwordChangeRequired = oneTime;
  }

  public boolean isPasswordChangeRequired() {
    return passwordChangeRequired;
  }

  public long sessionGeneration() {
    return sessionGeneration;
  }

  public Long id() {
    return id;
  }

  public String username() {
    return username;
  }

  public String passwordHash() {
    return passwordHash;
  }

  public Set<Role> roles() {
    return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
  }

  public boolean holds(Role role) {
    return roles.contains(role);
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  @Override
  public String toString() {
    return "UserAccount[" + username + " " + roles + "]";
  }
}
