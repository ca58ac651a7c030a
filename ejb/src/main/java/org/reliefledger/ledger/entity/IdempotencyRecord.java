package org.reliefledger.ledger.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * The first use of an {@code Idempotency-Key}: a fingerprint of the request and the journal entry
 * it created. Every money-moving request creates exactly one journal entry, so the entry is the
 * result every caller (journal, donations, grants, payments) can find its own record by.
 *
 * <p><em>Guarantees:</em> written in the same transaction as the entry; never changed.
 */
@Entity
@Cacheable(false)
@Table(name = "idempotency_record")
public class IdempotencyRecord {

  /** The kind of result this ledger records. */
  public static final String JOURNAL_ENTRY = "JOURNAL_ENTRY";

  @Id
  @Column(name = "idempotency_key", length = JournalEntry.MAX_KEY_LENGTH)
  private String key;

  @Column(name = "request_fingerprint", nullable = false, updatable = false, length = 64)
  private String requestFingerprint;

  @Column(name = "result_type", nullable = false, updatable = false, length = 40)
  private String resultType;

  @Column(name = "result_id", nullable = false, updatable = false)
  private long resultId;

  @Column(name = "created_at", nullable = false, updatable = false)
  private LocalDateTime createdAt;

  protected IdempotencyRecord() {}

  /** Records that the request with {@code fingerprint} under {@code key} created {@code entry}. */
  public IdempotencyRecord(String key, String fingerprint, JournalEntry entry, LocalDateTime now) {
    this.key = Require.present(key, "idempotency key");
    this.requestFingerprint = Require.present(fingerprint, "request fingerprint");
    this.resultType = JOURNAL_ENTRY;
    this.resultId = Require.present(entry.id(), "id of the journal entry");
    this.createdAt = Require.present(now, "time");
  }

  /** Whether a request with {@code fingerprint} is the same request as the first one. */
  public boolean sameRequestAs(String fingerprint) {
    return requestFingerprint.equals(fingerprint);
  }

  public long journalEntryId() {
    return resultId;
  }

  public LocalDateTime createdAt() {
    return createdAt;
  }

  @Override
  public String toString() {
    return "IdempotencyRecord[" + resultType + " " + resultId + "]";
  }
}
