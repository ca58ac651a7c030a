package org.reliefledger.ledger.entity;

/**
 * The five kinds of account of nonprofit double-entry bookkeeping, each with the side on which its
 * balance normally grows.
 */
public enum AccountType {
  ASSET(Side.DEBIT),
  LIABILITY(Side.CREDIT),
  NET_ASSETS(Side.CREDIT),
  INCOME(Side.CREDIT),
  EXPENSE(Side.DEBIT);

  private final Side normalSide;

  AccountType(Side normalSide) {
    this.normalSide = normalSide;
  }

  public Side normalSide() {
    return normalSide;
  }
}
