package org.reliefledger.ledger.entity;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a disbursement pays for. Restricted funds list the categories they may pay; each category is
 * booked to its own expense account of the default chart (see {@code V002__ledger.sql}).
 */
public enum SpendingCategory {
  RENT("5000"),
  UTILITIES("5010"),
  FOOD("5020"),
  MEDICAL("5030"),
  LEGAL("5040"),
  TRANSPORT("5050"),
  OTHER("5090");

  private final String expenseAccountCode;

  SpendingCategory(String expenseAccountCode) {
    this.expenseAccountCode = expenseAccountCode;
  }

  /** The category whose expense account has {@code accountCode}, if any. */
  public static Optional<SpendingCategory> ofExpenseAccount(String accountCode) {
    return Arrays.stream(values())
        .filter(category -> category.expenseAccountCode.equals(accountCode))
        .findFirst();
  }

  /** The code of the expense account that payments in this category are debited to. */
  public String expenseAccountCode() {
    return expenseAccountCode;
  }
}
