package org.reliefledger.ledger.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.Optional;

/**
 * An amount of a fund's cash reserved for one purpose (its {@code reference}, e.g. an approved
 * disbursement request) until it is spent or released: the first phase of a two-phase transfer, as
 * TigerBeetle's pending transfers.
 *
 * <p><em>Guarantees:</em> its fund, amount and reference never change; it moves {@code PENDING →
 * POSTED | VOIDED} exactly once (posted by exactly one journal entry, or voided), and never back.
 * While pending, no entry but the one that posts it may spend its amount. The caller resolves it
 * under the row's lock, so two resolutions at once cannot both succeed.
 */
@Entity
@Cacheable(false)
@Table(name = "ledger_hold")
public class LedgerHold {

  @Id
  @SequenceGenerator(
      name = "ledger_hold_seq",
      sequenceName = "ledger_hold_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ledger_hold_seq")
  private Long id;

  @Column(name = "fund_id", nullable = false, updatable = false)
  private Long fundId;

  @Column(name = "amount_minor", nullable = false, updatable = false)
  private long amountMinor;

  @Column(name = "currency", nullable = false, updatable = false, length = 3)
  private String currency;

  @Column(name = "reference", nullable = false, updatable = false, length = 100)
  private String reference;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", nullable = false, length = 10)
  private HoldState state;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "resolved_at")
  private OffsetDateTime resolvedAt;

  @Column(name = "journal_entry_id")
  private Long journalEntryId;

  protected LedgerHold() {}

  /** A pending hold of {@code amount} (positive) of {@code fund}'s cash for {@code reference}. */
  public LedgerHold(Fund fund, Money amount, String reference, Instant now) {
    if (!amount.isPositive()) {
      throw new IllegalArgumentException("a hold must be of a positive amount");
    }
    Require.present(reference, "reference of the hold");
    if (reference.isBlank() || reference.length() > 100) {
      throw new IllegalArgumentException("a hold's reference has 1 to 100 characters");
    }
    this.fundId = Require.present(fund.id(), "id of the fund");
    this.amountMinor = amount.minorUnits();
    this.currency = amount.currency().getCurrencyCode();
    this.reference = reference;
    this.state = HoldState.PENDING;
    this.createdAt = now.atOffset(ZoneOffset.UTC);
  }

  /**
   * Records that journal entry {@code entryId} spent this hold.
   *
   * @throws IllegalStateException unless it is pending
   */
  public void post(long entryId, Instant now) {
    resolve(HoldState.POSTED, now);
    this.journalEntryId = entryId;
  }

  /**
   * Releases the amount back to the fund.
   *
   * @throws IllegalStateException unless it is pending
   */
  public void voidHold(Instant now) {
    resolve(HoldState.VOIDED, now);
  }

  private void resolve(HoldState to, Instant now) {
    if (state != HoldState.PENDING) {
      throw new IllegalStateException("hold " + id + " is already " + state);
    }
    this.state = to;
    this.resolvedAt = now.atOffset(ZoneOffset.UTC);
  }

  public boolean isPending() {
    return state == HoldState.PENDING;
  }

  public Long id() {
    return id;
  }

  public Long fundId() {
    return fundId;
  }

  public Money amount() {
    return Money.ofMinor(amountMinor, Currency.getInstance(currency));
  }

  public String reference() {
    return reference;
  }

  public HoldState state() {
    return state;
  }

  public Optional<Long> journalEntryId() {
    return Optional.ofNullable(journalEntryId);
  }

  @Override
  public String toString() {
    return "LedgerHold[" + id + " " + state + " " + amount() + "]";
  }
}
