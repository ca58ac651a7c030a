package org.reliefledger.ledger.control;

import java.time.LocalDate;
import org.reliefledger.ledger.entity.EntryCommand;
import org.reliefledger.ledger.entity.IdempotentRequest;

/**
 * An entry a caller asks the {@link SealingQueue} to post or reverse, with who asks (for the audit
 * trail, which the sealer thread cannot learn from its own context).
 */
public record EntryOrder(
    EntryCommand command,
    Long reverses,
    LocalDate date,
    String memo,
    IdempotentRequest request,
    String actor) {

  public static EntryOrder post(EntryCommand command, IdempotentRequest request, String actor) {
    return new EntryOrder(command, null, null, null, request, actor);
  }

  public static EntryOrder reversal(
      long entryId, LocalDate date, String memo, IdempotentRequest request, String actor) {
    return new EntryOrder(null, entryId, date, memo, request, actor);
  }

  Drafted draft(EntryDrafts.Drafter drafter) {
    return reverses == null
        ? drafter.forCommand(command, request)
        : drafter.forReversal(reverses, date, memo, request);
  }

  @Override
  public String toString() {
    return reverses == null ? "EntryOrder[post]" : "EntryOrder[reverse " + reverses + "]";
  }
}
