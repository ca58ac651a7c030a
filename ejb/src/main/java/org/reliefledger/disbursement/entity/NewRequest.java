package org.reliefledger.disbursement.entity;

import java.util.Objects;
import org.reliefledger.ledger.entity.Money;
import org.reliefledger.ledger.entity.SpendingCategory;

/** What intake asks for: how much, for what, for which case, and why. */
public record NewRequest(
    long caseId,
    SpendingCategory category,
    Money amount,
    Payee payee,
    String justification,
    String requestedBy) {

  public static final int MAX_JUSTIFICATION_LENGTH = 2000;

  public NewRequest {
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(payee, "payee");
    Objects.requireNonNull(requestedBy, "requestedBy");
    if (justification == null || justification.isBlank()) {
      throw new IllegalArgumentException("a justification is required");
    }
    if (justification.length() > MAX_JUSTIFICATION_LENGTH) {
      throw new IllegalArgumentException(
          "a justification is at most " + MAX_JUSTIFICATION_LENGTH + " characters");
    }
    justification = justification.strip();
  }
}
