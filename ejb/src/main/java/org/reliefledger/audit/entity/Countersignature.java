package org.reliefledger.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * Who proposed a change and who confirmed it: the two people a rule-changing act needs (the voting
 * policy, a grant of a sensitive role, an intake assignment). Embedded in each kind of proposal.
 *
 * <p><b>Guarantees:</b> confirmed at most once, never by its proposer; proposer and time never
 * change.
 */
@Embeddable
public class Countersignature {

  @Column(name = "proposed_by", nullable = false, updatable = false, length = 64)
  private String proposedBy;

  @Column(name = "proposed_at", nullable = false, updatable = false)
  private OffsetDateTime proposedAt;

  @Column(name = "confirmed_by", length = 64)
  private String confirmedBy;

  @Column(name = "confirmed_at")
  private OffsetDateTime confirmedAt;

  protected Countersignature() {}

  public Countersignature(String proposedBy, Instant now) {
    this.proposedBy = Objects.requireNonNull(proposedBy, "proposedBy");
    this.proposedAt = Objects.requireNonNull(now, "now").atOffset(ZoneOffset.UTC);
  }

  public boolean isProposedBy(String person) {
    return proposedBy.equals(person);
  }

  public boolean isConfirmed() {
    return confirmedAt != null;
  }

  /**
   * @throws IllegalStateException when already confirmed, or {@code confirmer} proposed it
   */
  public void confirm(String confirmer, Instant now) {
    if (isConfirmed()) {
      throw new IllegalStateException("already confirmed");
    }
    if (isProposedBy(confirmer)) {
      throw new IllegalStateException("a proposal is confirmed by a second person");
    }
    this.confirmedBy = confirmer;
    this.confirmedAt = now.atOffset(ZoneOffset.UTC);
  }

  public String proposedBy() {
    return proposedBy;
  }

  public Instant proposedAt() {
    return proposedAt.toInstant();
  }

  public String confirmedBy() {
    return confirmedBy;
  }
}
