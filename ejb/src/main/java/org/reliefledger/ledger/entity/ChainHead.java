package org.reliefledger.ledger.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The end of the hash chain, kept in a single row that every poster locks before it seals an entry,
 * so that entries form one line even with several application instances.
 *
 * <p><em>Guarantees:</em> it only moves forward, one entry at a time, to an entry sealed against
 * it. Verification compares it with the last stored entry, so removing entries at the end of the
 * journal is detected too.
 */
@Entity
@Cacheable(false)
@Table(name = "ledger_chain_head")
public class ChainHead {

  /** The id of the only row. */
  public static final int ID = 1;

  @Id
  @Column(name = "id")
  private Integer id;

  @Column(name = "last_sequence", nullable = false)
  private long lastSequence;

  @Column(name = "last_hash", nullable = false, length = 64)
  private String lastHash;

  protected ChainHead() {}

  /** A head at {@code link}; the database holds the real one (installed by the migration). */
  ChainHead(ChainLink link) {
    this.id = ID;
    this.lastSequence = link.sequence();
    this.lastHash = link.hash();
  }

  public ChainLink link() {
    return new ChainLink(lastSequence, lastHash);
  }

  /**
   * Moves the head to {@code entry}.
   *
   * @throws IllegalStateException if {@code entry} was not sealed against this head
   */
  public void advanceTo(JournalEntry entry) {
    if (entry.sequenceNumber() != link().nextSequence() || !entry.previousHash().equals(lastHash)) {
      throw new IllegalStateException("entry was not sealed against the current chain head");
    }
    this.lastSequence = entry.sequenceNumber();
    this.lastHash = entry.hash();
  }

  @Override
  public String toString() {
    return "ChainHead[" + lastSequence + "]";
  }
}
