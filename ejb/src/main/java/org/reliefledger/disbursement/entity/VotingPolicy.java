package org.reliefledger.disbursement.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Objects;
import org.reliefledger.ledger.entity.Money;

/**
 * One version of the written rules under which the committee decides: approvals needed by amount
 * tier, the deadline and the per-case cap.
 *
 * <p><b>Guarantees:</b> a version never changes once stored; editing the policy stores the next
 * version, and every request keeps the version it was opened under, so a request is always decided
 * by the rules that were in force when it was made. Terms are valid (see {@link
 * PolicyTerms#problems()}) in every version.
 */
@Entity
@Table(name = "voting_policy")
@NamedQuery(
    name = VotingPolicy.NEWEST_FIRST,
    query = "SELECT p FROM VotingPolicy p ORDER BY p.version DESC")
public class VotingPolicy {

  public static final String NEWEST_FIRST = "VotingPolicy.newestFirst";

  @Id
  @Column(name = "version", nullable = false, updatable = false)
  private int version;

  @Embedded private StoredTerms terms;

  @Column(name = "created_by", nullable = false, updatable = false, length = 64)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  protected VotingPolicy() {}

  private VotingPolicy(int version, PolicyTerms terms, String createdBy, Instant createdAt) {
    var problems = terms.problems();
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", problems));
    }
    this.version = version;
    this.terms = new StoredTerms(terms);
    this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt").atOffset(ZoneOffset.UTC);
  }

  /** Version 1 (the database seeds it with {@link PolicyTerms#DEFAULT}). */
  public static VotingPolicy first(PolicyTerms terms, String createdBy, Instant now) {
    return new VotingPolicy(1, terms, createdBy, now);
  }

  /**
   * The next version with new terms; this version stays as it is for the requests opened under it.
   *
   * @throws IllegalArgumentException when the terms have {@link PolicyTerms#problems()}
   */
  public VotingPolicy amend(PolicyTerms terms, String amendedBy, Instant now) {
    return new VotingPolicy(version + 1, terms, amendedBy, now);
  }

  public int version() {
    return version;
  }

  public PolicyTerms terms() {
    return terms.terms();
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt.toInstant();
  }

  /**
   * Approvals a request of {@code amount} needs when {@code eligibleMembers} may vote on it. Above
   * the medium tier this is a strict majority of the eligible members, so it shrinks when members
   * recuse, but never below the medium tier's count: a larger amount never needs fewer approvals
   * than a smaller one.
   */
  public int approvalsNeeded(Money amount, int eligibleMembers) {
    var current = terms();
    if (amount.minorUnits() <= current.smallLimit().minorUnits()) {
      return current.smallApprovals();
    }
    if (amount.minorUnits() <= current.mediumLimit().minorUnits()) {
      return current.mediumApprovals();
    }
    return Math.max(current.mediumApprovals(), eligibleMembers / 2 + 1);
  }

  /** When a request opened at {@code openedAt} expires if still open. */
  public Instant deadlineFor(Instant openedAt) {
    return openedAt.plus(Duration.ofHours(terms().deadlineHours()));
  }

  /**
   * Whether a case may request {@code requested} now, given its earlier requests. Requests that are
   * open, approved or paid count when they were opened within the rolling window ending now (a
   * request opened exactly one window ago has dropped out); rejected, expired and cancelled ones do
   * not.
   */
  public CapCheck checkCap(Money requested, Collection<PriorRequest> caseHistory, Instant now) {
    int capWindowDays = terms().capWindowDays();
    var windowStart = now.minus(Duration.ofDays(capWindowDays));
    var already =
        caseHistory.stream()
            .filter(prior -> prior.status().countsAgainstCap())
            .filter(prior -> prior.openedAt().isAfter(windowStart))
            .filter(prior -> !prior.openedAt().isAfter(now))
            .map(PriorRequest::amount)
            .reduce(Money.zero(requested.currency()), Money::plus);
    var cap = Money.ofMinor(terms().caseCap().minorUnits(), requested.currency());
    var remaining = cap.minus(already);
    if (requested.compareTo(remaining) > 0) {
      var remainingOrZero = remaining.isNegative() ? Money.zero(cap.currency()) : remaining;
      return new CapCheck.CapExceeded(cap, capWindowDays, already, remainingOrZero);
    }
    return new CapCheck.WithinCap(remaining.minus(requested));
  }

  @Override
  public String toString() {
    return "VotingPolicy[v" + version + "]";
  }
}
