package org.reliefledger.giving.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A grant from a foundation or institution, recorded in the ledger by one journal entry (debit the
 * deposit account, credit grants, in the chosen fund — usually a restricted one).
 *
 * <p><em>Guarantees:</em> tied to exactly one journal entry and never changed; names its grantor.
 */
@Entity
@Table(name = "grant_award")
@AttributeOverride(name = "date", column = @Column(name = "grant_date"))
@NamedQuery(
    name = GrantAward.BY_JOURNAL_ENTRY,
    query = "SELECT g FROM GrantAward g WHERE g.journalEntryId = :entryId")
public class GrantAward extends RecordedGift {

  public static final String BY_JOURNAL_ENTRY = "GrantAward.byJournalEntry";

  @Id
  @SequenceGenerator(
      name = "grant_award_seq",
      sequenceName = "grant_award_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "grant_award_seq")
  private Long id;

  @Column(name = "grantor", nullable = false, updatable = false, length = 200)
  private String grantor;

  @Column(name = "restriction", updatable = false, length = 500)
  private String restriction;

  @Column(name = "period_end", updatable = false)
  private LocalDate periodEnd;

  protected GrantAward() {}

  /**
   * The grant recorded by journal entry {@code journalEntryId}; restriction and period end may be
   * {@code null}.
   */
  public GrantAward(
      long journalEntryId, Gift gift, String grantor, String restriction, LocalDate periodEnd) {
    super(journalEntryId, gift);
    if (grantor == null || grantor.isBlank()) {
      throw new IllegalArgumentException("a grant needs its grantor");
    }
    this.grantor = grantor.strip();
    this.restriction = Donor.blankToNull(restriction);
    this.periodEnd = periodEnd;
  }

  public Long id() {
    return id;
  }

  public String grantor() {
    return grantor;
  }

  public Optional<String> restriction() {
    return Optional.ofNullable(restriction);
  }

  public Optional<LocalDate> periodEnd() {
    return Optional.ofNullable(periodEnd);
  }

  @Override
  public String toString() {
    return "GrantAward[id=" + id + ", entry=" + journalEntryId() + "]";
  }
}
