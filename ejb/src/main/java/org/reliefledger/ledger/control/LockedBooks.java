package org.reliefledger.ledger.control;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.reliefledger.ledger.entity.ChainHead;
import org.reliefledger.ledger.entity.FundBalance;
import org.reliefledger.ledger.entity.IdempotencyRecord;
import org.reliefledger.ledger.entity.JournalEntry;
import org.reliefledger.ledger.entity.Money;

/**
 * What one transaction holds while it appends entries: the locked cash rows (by fund code), the
 * sums of those funds' pending holds (read under the locks; placing a hold takes the same fund
 * lock) and the chain head, which each entry updates in memory, and the idempotency keys and
 * reversals of the entries appended so far, which the database may not have seen yet (they are
 * written together at the end).
 */
public final class LockedBooks {

  /** An idempotency key used in this transaction, with the entry it posted. */
  record Keyed(IdempotencyRecord record, JournalEntry entry) {}

  private final Map<String, FundBalance> cash;
  private final Supplier<Map<String, Money>> readHolds;
  private final Map<String, Money> released = new HashMap<>();
  private Map<String, Money> holds;
  private final ChainHead head;
  private final Map<String, Keyed> keys = new HashMap<>();
  private final Map<Long, JournalEntry> reversals = new HashMap<>();

  /**
   * {@code readHolds} reads the pending holds of the locked funds; it is asked at most once, and
   * only when an entry takes money out (donations never need it).
   */
  LockedBooks(
      Map<String, FundBalance> cash, Supplier<Map<String, Money>> readHolds, ChainHead head) {
    this.cash = cash;
    this.readHolds = readHolds;
    this.head = head;
  }

  FundBalance cash(String fundCode) {
    return cash.get(fundCode);
  }

  /** What fund {@code fundCode} holds in pending holds: no entry may spend it. */
  Money held(String fundCode) {
    if (holds == null) {
      holds = readHolds.get();
    }
    Money zero = Money.ofMinor(0);
    Money left = holds.getOrDefault(fundCode, zero).minus(released.getOrDefault(fundCode, zero));
    return left.isNegative() ? zero : left;
  }

  /**
   * Lets the entries of this transaction spend {@code amount} of the fund's holds (posting one).
   */
  public void release(String fundCode, Money amount) {
    released.merge(fundCode, amount, Money::plus);
  }

  ChainHead head() {
    return head;
  }

  Optional<Keyed> keyed(String key) {
    return Optional.ofNullable(keys.get(key));
  }

  /** The reversal of entry {@code original} appended in this transaction, if any. */
  Optional<JournalEntry> reversalOf(long original) {
    return Optional.ofNullable(reversals.get(original));
  }

  /** Remembers {@code entry}, just appended, and its key's record ({@code null} without key). */
  void appended(JournalEntry entry, IdempotencyRecord record) {
    if (record != null) {
      keys.put(entry.idempotencyKey().orElseThrow(), new Keyed(record, entry));
    }
    entry.reversesId().ifPresent(original -> reversals.put(original, entry));
  }
}
