package org.reliefledger.disbursement.boundary;

import java.time.LocalDate;

/**
 * The treasurer's order to pay an approved request: the booking date, the asset account the money
 * leaves (by code, e.g. the bank account {@code 1000}) and the bank or payment-app reference.
 */
public record PaymentOrder(LocalDate date, String fromAccount, String reference) {

  /** Never prints the reference: it may name the payee ("cheque to ..."). */
  @Override
  public String toString() {
    return "PaymentOrder[" + date + ", " + fromAccount + "]";
  }
}
