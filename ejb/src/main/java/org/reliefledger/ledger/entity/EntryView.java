package org.reliefledger.ledger.entity;

import java.time.LocalDate;
import java.util.List;

/** A journal entry as the ledger shows it. {@code reverses} and {@code reversedBy} may be null. */
public record EntryView(
    long id,
    long sequence,
    LocalDate date,
    String memo,
    String hash,
    String previousHash,
    Long reverses,
    Long reversedBy,
    List<PostingView> postings) {

  /** One posting; exactly one of debit and credit is present. */
  public record PostingView(String account, String fund, Money debit, Money credit) {

    static PostingView of(Posting posting) {
      boolean debit = posting.side() == Side.DEBIT;
      return new PostingView(
          posting.account().code(),
          posting.fund().code(),
          debit ? posting.amount() : null,
          debit ? null : posting.amount());
    }
  }

  public static EntryView of(JournalEntry entry, Long reversedBy) {
    return new EntryView(
        entry.id(),
        entry.sequenceNumber(),
        entry.date(),
        entry.memo(),
        entry.hash(),
        entry.previousHash(),
        entry.reversesId().orElse(null),
        reversedBy,
        entry.postings().stream().map(PostingView::of).toList());
  }

  @Override
  public String toString() {
    return "EntryView[id=" + id + ", sequence=" + sequence + "]";
  }
}
