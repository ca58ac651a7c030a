package org.reliefledger.ledger.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The cash of one fund — the sum of its postings to asset accounts, debit minus credit — kept in
 * the row that every poster locks before it spends from the fund.
 *
 * <p><em>Guarantees:</em> the cash never goes below zero (here and by a database CHECK); it changes
 * only together with the journal entry that explains the change, in the same transaction. Never
 * cached across transactions: several application instances share the row.
 */
@Entity
@Cacheable(false)
@Table(name = "fund_balance")
public class FundBalance {

  @Id
  @Column(name = "fund_id")
  private Long fundId;

  @Column(name = "cash_minor", nullable = false)
  private long cashMinor;

  protected FundBalance() {}

  /** The empty balance of a fund that has just been stored. */
  public FundBalance(Fund fund) {
    this.fundId = Require.present(fund.id(), "id of the fund");
    this.cashMinor = 0;
  }

  public Long fundId() {
    return fundId;
  }

  public Money cash() {
    return Money.ofMinor(cashMinor);
  }

  /** Whether the fund's cash stays at or above zero after {@code change}. */
  public boolean canAbsorb(Money change) {
    try {
      return !cash().plus(change).isNegative();
    } catch (ArithmeticException beyondAnyRealBalance) {
      return false;
    }
  }

  /**
   * Whether the fund still has {@code reserved} (money held for approved requests) after {@code
   * change}. Money coming in is always accepted, even into a fund whose holds exceed its cash.
   */
  public boolean canAbsorb(Money change, Money reserved) {
    if (!change.isNegative()) {
      return canAbsorb(change);
    }
    try {
      return !cash().plus(change).minus(reserved).isNegative();
    } catch (ArithmeticException beyondAnyRealBalance) {
      return false;
    }
  }

  /**
   * Applies the cash change of a journal entry.
   *
   * @throws IllegalStateException if the fund would be overdrawn; check {@link #canAbsorb} first
   */
  public void apply(Money change) {
    if (!canAbsorb(change)) {
      throw new IllegalStateException("fund " + fundId + " would be overdrawn");
    }
    cashMinor = cash().plus(change).minorUnits();
  }

  @Override
  public String toString() {
    return "FundBalance[fund=" + fundId + ", cash=" + cash() + "]";
  }
}
