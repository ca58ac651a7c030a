package org.reliefledger.disbursement.entity;

import org.reliefledger.ledger.entity.Money;

/** Whether a new request fits under the per-case cap of the voting policy. */
public sealed interface CapCheck {

  /** The request fits; {@code remainingAfter} is what the case may still request. */
  record WithinCap(Money remainingAfter) implements CapCheck {}

  /** The request would take the case over its cap within the rolling window. */
  record CapExceeded(Money cap, int windowDays, Money alreadyRequested, Money remaining)
      implements CapCheck {

    /** A sentence for the person who asked, without any case detail. */
    public String message() {
      return "this case may receive at most "
          + cap.toDecimalString()
          + " in any "
          + windowDays
          + " days; "
          + alreadyRequested.toDecimalString()
          + " is already requested or paid in that window, so at most "
          + remaining.toDecimalString()
          + " more may be requested now";
    }
  }
}
