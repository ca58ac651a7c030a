package org.reliefledger.disbursement.entity;

/**
 * Who receives the money, as a kind rather than a name: a landlord's or a utility account's name
 * would point to the household, and the treasurer's bank reference is enough to pay.
 */
public enum Payee {
  LANDLORD,
  UTILITY,
  HOUSEHOLD,
  VENDOR,
  OTHER
}
