package org.reliefledger.ledger.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.reliefledger.ledger.entity.IdempotencyRecord;
import org.reliefledger.ledger.entity.JournalEntry;

/**
 * The first request under each {@code Idempotency-Key}. Looked up while the chain head is locked,
 * so a concurrent request with the same key waits for the first one and then finds its record.
 */
@Dependent
public class IdempotencyRecords {

  @PersistenceContext EntityManager em;

  public Optional<IdempotencyRecord> find(String key) {
    return Optional.ofNullable(em.find(IdempotencyRecord.class, key, LedgerLocks.FRESH));
  }

  public IdempotencyRecord record(String key, String fingerprint, JournalEntry entry) {
    var record = new IdempotencyRecord(key, fingerprint, entry, LocalDateTime.now(ZoneOffset.UTC));
    em.persist(record);
    return record;
  }
}
