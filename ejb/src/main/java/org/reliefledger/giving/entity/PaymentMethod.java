package org.reliefledger.giving.entity;

/** How a donation was paid. */
public enum PaymentMethod {
  CASH,
  CHECK,
  CARD,
  PAYMENT_APP,
  BANK_TRANSFER
}
