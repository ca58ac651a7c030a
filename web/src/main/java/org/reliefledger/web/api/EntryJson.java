package org.reliefledger.web.api;

import java.time.LocalDate;
import java.util.List;
import org.reliefledger.ledger.entity.EntryView;

/** A journal entry as the API shows it; absent {@code reverses}/{@code reversedBy} are omitted. */
public record EntryJson(
    long id,
    long sequence,
    LocalDate date,
    String memo,
    String hash,
    String previousHash,
    Long reverses,
    Long reversedBy,
    List<PostingJson> postings) {

  /** One posting: exactly one of debit and credit is present. */
  public record PostingJson(String account, String fund, String debit, String credit) {}

  static EntryJson of(EntryView entry) {
    return new EntryJson(
        entry.id(),
        entry.sequence(),
        entry.date(),
        entry.memo(),
        entry.hash(),
        entry.previousHash(),
        entry.reverses(),
        entry.reversedBy(),
        entry.postings().stream()
            .map(
                p ->
                    new PostingJson(
                        p.account(),
                        p.fund(),
                        RequestValues.text(p.debit()),
                        RequestValues.text(p.credit())))
            .toList());
  }
}
