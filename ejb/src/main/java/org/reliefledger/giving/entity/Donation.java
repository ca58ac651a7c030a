package org.reliefledger.giving.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Objects;

/**
 * A gift of money, recorded in the ledger by one journal entry (debit the deposit account, credit
 * donations, in the chosen fund).
 *
 * <p><em>Guarantees:</em> tied to exactly one journal entry and never changed (a bounced gift is
 * reversed in the ledger). It never holds the donor's identity: it says only whether a donor was
 * named and whether their details were kept, sealed in the vault ({@link DonorDetails}).
 */
@Entity
@Table(name = "donation")
@AttributeOverride(name = "date", column = @Column(name = "donation_date"))
@NamedQuery(
    name = Donation.BY_JOURNAL_ENTRY,
    query = "SELECT d FROM Donation d WHERE d.journalEntryId = :entryId")
public class Donation extends RecordedGift {

  public static final String BY_JOURNAL_ENTRY = "Donation.byJournalEntry";

  @Id
  @SequenceGenerator(name = "donation_seq", sequenceName = "donation_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "donation_seq")
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(name = "method", nullable = false, updatable = false, length = 20)
  private PaymentMethod method;

  @Enumerated(EnumType.STRING)
  @Column(name = "donor_details", nullable = false, updatable = false, length = 8)
  private DonorDetails donorDetails;

  protected Donation() {}

  /** The donation recorded by journal entry {@code journalEntryId}. */
  public Donation(long journalEntryId, Gift gift, PaymentMethod method, DonorDetails donorDetails) {
    super(journalEntryId, gift);
    this.method = Objects.requireNonNull(method, "method");
    this.donorDetails = Objects.requireNonNull(donorDetails, "donorDetails");
  }

  public Long id() {
    return id;
  }

  public PaymentMethod method() {
    return method;
  }

  public DonorDetails donorDetails() {
    return donorDetails;
  }

  @Override
  public String toString() {
    return "Donation[id=" + id + ", entry=" + journalEntryId() + ", " + method + "]";
  }
}
