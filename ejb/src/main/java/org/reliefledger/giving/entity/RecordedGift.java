package org.reliefledger.giving.entity;

import jakarta.persistence.Column;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import java.time.LocalDate;
import java.util.Currency;
import org.reliefledger.ledger.entity.Account;
import org.reliefledger.ledger.entity.Fund;
import org.reliefledger.ledger.entity.Money;

/**
 * The columns every kind of gift shares: the journal entry that recorded it and the {@link Gift}
 * itself. Subclasses name the date column ({@code donation_date}, {@code grant_date}).
 */
@MappedSuperclass
public abstract class RecordedGift {

  @Column(name = "journal_entry_id", nullable = false, unique = true, updatable = false)
  private long journalEntryId;

  @Column(name = "gift_date", nullable = false, updatable = false)
  private LocalDate date;

  @Column(name = "amount_minor", nullable = false, updatable = false)
  private long amountMinor;

  @Column(name = "currency", nullable = false, updatable = false, length = 3)
  private String currency;

  @ManyToOne(optional = false)
  @JoinColumn(name = "fund_id", nullable = false, updatable = false)
  private Fund fund;

  @ManyToOne(optional = false)
  @JoinColumn(name = "deposit_account_id", nullable = false, updatable = false)
  private Account depositAccount;

  protected RecordedGift() {}

  protected RecordedGift(long journalEntryId, Gift gift) {
    this.journalEntryId = journalEntryId;
    this.date = gift.date();
    this.amountMinor = gift.amount().minorUnits();
    this.currency = gift.amount().currency().getCurrencyCode();
    this.fund = gift.fund();
    this.depositAccount = gift.depositAccount();
  }

  public long journalEntryId() {
    return journalEntryId;
  }

  public LocalDate date() {
    return date;
  }

  public Money amount() {
    return Money.ofMinor(amountMinor, Currency.getInstance(currency));
  }

  public Fund fund() {
    return fund;
  }

  public Account depositAccount() {
    return depositAccount;
  }
}
