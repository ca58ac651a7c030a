package org.reliefledger.giving.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;
import org.reliefledger.ledger.entity.Account;
import org.reliefledger.ledger.entity.Fund;
import org.reliefledger.ledger.entity.Money;

/**
 * A gift of money, recorded in the ledger by one journal entry (debit the deposit account, credit
 * donations, in the chosen fund).
 *
 * <p><em>Guarantees:</em> tied to exactly one journal entry and never changed (a bounced gift is
 * reversed in the ledger); anonymous unless a donor name or e-mail was given, and then the identity
 * is only here — {@link #toString()} never shows it.
 */
@Entity
@Table(name = "donation")
@NamedQuery(
    name = Donation.BY_JOURNAL_ENTRY,
    query = "SELECT d FROM Donation d WHERE d.journalEntryId = :entryId")
public class Donation {

  public static final String BY_JOURNAL_ENTRY = "Donation.byJournalEntry";

  @Id
  @SequenceGenerator(name = "donation_seq", sequenceName = "donation_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "donation_seq")
  private Long id;

  @Column(name = "journal_entry_id", nullable = false, unique = true, updatable = false)
  private long journalEntryId;

  @Column(name = "donation_date", nullable = false, updatable = false)
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

  @Enumerated(EnumType.STRING)
  @Column(name = "method", nullable = false, updatable = false, length = 20)
  private PaymentMethod method;

  @Column(name = "donor_name", updatable = false, length = 200)
  private String donorName;

  @Column(name = "donor_email", updatable = false, length = 254)
  private String donorEmail;

  protected Donation() {}

  /** The donation recorded by journal entry {@code journalEntryId}. */
  public Donation(long journalEntryId, Gift gift, PaymentMethod method, Donor donor) {
    this.journalEntryId = journalEntryId;
    this.date = gift.date();
    this.amountMinor = gift.amount().minorUnits();
    this.currency = gift.amount().currency().getCurrencyCode();
    this.fund = gift.fund();
    this.depositAccount = gift.depositAccount();
    this.method = Objects.requireNonNull(method, "method");
    this.donorName = donor.name();
    this.donorEmail = donor.email();
  }

  public Long id() {
    return id;
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

  public PaymentMethod method() {
    return method;
  }

  public Donor donor() {
    return new Donor(donorName, donorEmail);
  }

  @Override
  public String toString() {
    return "Donation[id=" + id + ", entry=" + journalEntryId + ", " + method + "]";
  }
}
