package org.reliefledger.ledger.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Currency;

/**
 * One line of a journal entry: an amount debited or credited to an account within a fund. Created
 * only by {@link JournalEntry}; never changed.
 */
@Entity
@Table(name = "posting")
public class Posting {

  @Id
  @SequenceGenerator(name = "posting_seq", sequenceName = "posting_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "posting_seq")
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "journal_entry_id", nullable = false, updatable = false)
  private JournalEntry entry;

  @Column(name = "line_number", nullable = false, updatable = false)
  private int lineNumber;

  @ManyToOne(optional = false)
  @JoinColumn(name = "account_id", nullable = false, updatable = false)
  private Account account;

  @ManyToOne(optional = false)
  @JoinColumn(name = "fund_id", nullable = false, updatable = false)
  private Fund fund;

  @Column(name = "debit_minor", nullable = false, updatable = false)
  private long debitMinor;

  @Column(name = "credit_minor", nullable = false, updatable = false)
  private long creditMinor;

  @Column(name = "currency", nullable = false, updatable = false, length = 3)
  private String currency;

  protected Posting() {}

  Posting(JournalEntry entry, int lineNumber, Account account, Fund fund, Side side, Money amount) {
    this.entry = entry;
    this.lineNumber = lineNumber;
    this.account = account;
    this.fund = fund;
    this.debitMinor = side == Side.DEBIT ? amount.minorUnits() : 0;
    this.creditMinor = side == Side.CREDIT ? amount.minorUnits() : 0;
    this.currency = amount.currency().getCurrencyCode();
  }

  public Long id() {
    return id;
  }

  /** 1-based position of this posting in its entry. */
  public int lineNumber() {
    return lineNumber;
  }

  public Account account() {
    return account;
  }

  public Fund fund() {
    return fund;
  }

  public Side side() {
    return debitMinor > 0 ? Side.DEBIT : Side.CREDIT;
  }

  /** The posted amount, always positive; see {@link #side()}. */
  public Money amount() {
    return Money.ofMinor(Math.max(debitMinor, creditMinor), Currency.getInstance(currency));
  }

  /** The amount signed as it changes a debit-normal balance: debits positive, credits negative. */
  public Money debitMinusCredit() {
    return side() == Side.DEBIT ? amount() : amount().negate();
  }

  EntryContent.Line hashedLine() {
    return new EntryContent.Line(
        lineNumber, account.code(), fund.code(), side(), amount().minorUnits(), currency);
  }

  @Override
  public String toString() {
    return "Posting["
        + lineNumber
        + " "
        + account.code()
        + "/"
        + fund.code()
        + " "
        + side()
        + " "
        + amount()
        + "]";
  }
}
