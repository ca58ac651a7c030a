package org.reliefledger.cases.vault.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import org.reliefledger.audit.entity.Countersignature;

/**
 * An intake user one admin proposed for a case; once a second admin confirms it, the user may read
 * and shred the case's personal data like the case's creator.
 *
 * <p><b>Guarantees:</b> in force only when confirmed, at most once, never by its proposer nor by
 * the assigned user.
 */
@Entity
@Table(name = "case_intake_assignment")
@IdClass(CaseIntakeAssignment.Key.class)
public class CaseIntakeAssignment {

  @Id
  @Column(name = "case_id")
  private long caseId;

  @Id
  @Column(name = "username", length = 100)
  private String username;

  @Embedded
  @AttributeOverride(name = "proposedBy", column = @Column(name = "assigned_by"))
  @AttributeOverride(name = "proposedAt", column = @Column(name = "assigned_at"))
  private Countersignature signatures;

  protected CaseIntakeAssignment() {}

  public CaseIntakeAssignment(long caseId, String username, String assignedBy, Instant now) {
    this.caseId = caseId;
    this.username = Objects.requireNonNull(username, "username");
    this.signatures = new Countersignature(assignedBy, now);
  }

  /**
   * Puts the assignment in force.
   *
   * @throws IllegalStateException when already confirmed, or by its proposer or the assigned user
   */
  public void confirm(String confirmer, Instant now) {
    if (username.equals(confirmer)) {
      throw new IllegalStateException("nobody confirms their own assignment");
    }
    signatures.confirm(confirmer, now);
  }

  public boolean isConfirmed() {
    return signatures.isConfirmed();
  }

  public boolean isProposedBy(String person) {
    return signatures.isProposedBy(person);
  }

  public String proposedBy() {
    return signatures.proposedBy();
  }

  public long caseId() {
    return caseId;
  }

  public String username() {
    return username;
  }

  @Override
  public String toString() {
    return "CaseIntakeAssignment[case " + caseId + ", " + username + "]";
  }

  /** The composite id: one assignment per case and user. */
  public static class Key implements Serializable {

    private static final long serialVersionUID = 1L;

    private long caseId;
    private String username;

    public Key() {}

    public Key(long caseId, String username) {
      this.caseId = caseId;
      this.username = username;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key that
          && caseId == that.caseId
          && Objects.equals(username, that.username);
    }

    @Override
    public int hashCode() {
      return Objects.hash(caseId, username);
    }
  }
}
