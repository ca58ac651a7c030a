package org.reliefledger.disbursement.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.reliefledger.ledger.entity.Money;

/** {@link PolicyTerms} as the columns of a policy version or of a proposed change. */
@Embeddable
public class StoredTerms {

  @Column(name = "small_limit_minor", nullable = false, updatable = false)
  private long smallLimitMinor;

  @Column(name = "small_approvals", nullable = false, updatable = false)
  private int smallApprovals;

  @Column(name = "medium_limit_minor", nullable = false, updatable = false)
  private long mediumLimitMinor;

  @Column(name = "medium_approvals", nullable = false, updatable = false)
  private int mediumApprovals;

  @Column(name = "deadline_hours", nullable = false, updatable = false)
  private int deadlineHours;

  @Column(name = "case_cap_minor", nullable = false, updatable = false)
  private long caseCapMinor;

  @Column(name = "cap_window_days", nullable = false, updatable = false)
  private int capWindowDays;

  protected StoredTerms() {}

  StoredTerms(PolicyTerms terms) {
    this.smallLimitMinor = terms.smallLimit().minorUnits();
    this.smallApprovals = terms.smallApprovals();
    this.mediumLimitMinor = terms.mediumLimit().minorUnits();
    this.mediumApprovals = terms.mediumApprovals();
    this.deadlineHours = terms.deadlineHours();
    this.caseCapMinor = terms.caseCap().minorUnits();
    this.capWindowDays = terms.capWindowDays();
  }

  PolicyTerms terms() {
    return new PolicyTerms(
        Money.ofMinor(smallLimitMinor),
        smallApprovals,
        Money.ofMinor(mediumLimitMinor),
        mediumApprovals,
        deadlineHours,
        Money.ofMinor(caseCapMinor),
        capWindowDays);
  }
}
