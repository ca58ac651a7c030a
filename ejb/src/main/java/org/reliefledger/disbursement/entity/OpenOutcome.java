package org.reliefledger.disbursement.entity;

import org.reliefledger.ledger.entity.SpendingCategory;

/** Whether a request could be opened, and if not, which rule refused it. */
public sealed interface OpenOutcome {

  record Opened(DisbursementRequest request) implements OpenOutcome {}

  /** Requests are for a positive amount. */
  record AmountNotPositive() implements OpenOutcome {

    public String message() {
      return "the amount must be above zero";
    }
  }

  /** The fund is restricted to categories that do not include this one. */
  record CategoryNotAllowed(String fundCode, SpendingCategory category) implements OpenOutcome {

    public String message() {
      return "fund " + fundCode + " is restricted and may not pay for " + category;
    }
  }

  /** The case would go over the per-case cap of the policy. */
  record OverCap(CapCheck.CapExceeded check) implements OpenOutcome {}
}
