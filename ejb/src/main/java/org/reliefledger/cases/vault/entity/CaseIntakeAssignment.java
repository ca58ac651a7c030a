package org.reliefledger.cases.vault.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * An intake user an admin assigned to a case, who may then read and shred its personal data like
 * the case's creator.
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

  @Column(name = "assigned_by", nullable = false, updatable = false, length = 100)
  private String assignedBy;

  @Column(name = "assigned_at", nullable = false, updatable = false)
  private OffsetDateTime assignedAt;

  protected CaseIntakeAssignment() {}

  public CaseIntakeAssignment(long caseId, String username, String assignedBy, Instant now) {
    this.caseId = caseId;
    this.username = Objects.requireNonNull(username, "username");
    this.assignedBy = Objects.requireNonNull(assignedBy, "assignedBy");
    this.assignedAt = UtcTime.column(Objects.requireNonNull(now, "now"));
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
