package org.reliefledger.disbursement.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A change of the voting policy that one person proposed; it takes effect only when a second person
 * confirms it.
 *
 * <p><b>Guarantees:</b> its terms are valid; it is confirmed at most once and never by the person
 * who proposed it; confirming it makes exactly one new policy version, which it names from then on.
 */
@Entity
@Table(name = "policy_proposal")
@NamedQuery(
    name = PolicyProposal.PENDING,
    query = "SELECT p FROM PolicyProposal p WHERE p.confirmedAt IS NULL ORDER BY p.id")
public class PolicyProposal {

  public static final String PENDING = "PolicyProposal.pending";

  @Id
  @SequenceGenerator(
      name = "policy_proposal_seq",
      sequenceName = "policy_proposal_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "policy_proposal_seq")
  private Long id;

  @Embedded private StoredTerms terms;

  @Column(name = "proposed_by", nullable = false, updatable = false, length = 64)
  private String proposedBy;

  @Column(name = "proposed_at", nullable = false, updatable = false)
  private OffsetDateTime proposedAt;

  @Column(name = "confirmed_by", length = 64)
  private String confirmedBy;

  @Column(name = "confirmed_at")
  private OffsetDateTime confirmedAt;

  @Column(name = "policy_version")
  private Integer policyVersion;

  protected PolicyProposal() {}

  /**
   * @throws IllegalArgumentException when the terms have {@link PolicyTerms#problems()}
   */
  public PolicyProposal(PolicyTerms terms, String proposedBy, Instant now) {
    var problems = terms.problems();
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", problems));
    }
    this.terms = new StoredTerms(terms);
    this.proposedBy = Objects.requireNonNull(proposedBy, "proposedBy");
    this.proposedAt = Objects.requireNonNull(now, "now").atOffset(ZoneOffset.UTC);
  }

  public boolean isProposedBy(String member) {
    return proposedBy.equals(member);
  }

  public boolean isConfirmed() {
    return confirmedAt != null;
  }

  /**
   * Confirms the change: {@code current} gets these terms as its next version, which is returned
   * (to be stored) and recorded here.
   *
   * @throws IllegalStateException when already confirmed, or {@code confirmer} proposed it
   */
  public VotingPolicy confirm(String confirmer, VotingPolicy current, Instant now) {
    if (isConfirmed()) {
      throw new IllegalStateException("proposal " + id + " is already confirmed");
    }
    if (isProposedBy(confirmer)) {
      throw new IllegalStateException("a proposal is confirmed by a second person");
    }
    VotingPolicy next = current.amend(terms(), proposedBy, now);
    this.confirmedBy = confirmer;
    this.confirmedAt = now.atOffset(ZoneOffset.UTC);
    this.policyVersion = next.version();
    return next;
  }

  public Long id() {
    return id;
  }

  public PolicyTerms terms() {
    return terms.terms();
  }

  public String proposedBy() {
    return proposedBy;
  }

  public Instant proposedAt() {
    return proposedAt.toInstant();
  }

  /** The policy version this proposal became, once confirmed. */
  public Integer policyVersion() {
    return policyVersion;
  }
}
