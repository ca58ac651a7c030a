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
import org.reliefledger.audit.entity.Countersignature;

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
    query = "SELECT p FROM PolicyProposal p WHERE p.signatures.confirmedAt IS NULL ORDER BY p.id")
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

  @Embedded private Countersignature signatures;

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
    this.signatures = new Countersignature(proposedBy, now);
  }

  public boolean isProposedBy(String member) {
    return signatures.isProposedBy(member);
  }

  public boolean isConfirmed() {
    return signatures.isConfirmed();
  }

  /**
   * Confirms the change: {@code current} gets these terms as its next version, which is returned
   * (to be stored) and recorded here.
   *
   * @throws IllegalStateException when already confirmed, or {@code confirmer} proposed it
   */
  public VotingPolicy confirm(String confirmer, VotingPolicy current, Instant now) {
    signatures.confirm(confirmer, now);
    VotingPolicy next = current.amend(terms(), proposedBy(), now);
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
    return signatures.proposedBy();
  }

  public Instant proposedAt() {
    return signatures.proposedAt();
  }

  /** The policy version this proposal became, once confirmed. */
  public Integer policyVersion() {
    return policyVersion;
  }
}
