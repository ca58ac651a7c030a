package org.reliefledger.cases.vault.entity;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.reliefledger.disbursement.entity.NoteKind;

/**
 * Which notes on a disbursement request a user may read. The committee members who may vote on it
 * (not its requester, not recused: as for its justification) read the vote comments, the recusal
 * reasons and the cancellation reason: they weigh them when they decide. The treasurer reads the
 * payment reference (to reconcile the bank statement) and the cancellation reason. Nobody else,
 * auditors included: the audit trail tells them who wrote and read what, never the text.
 *
 * @param requester the user who opened the request
 * @param recused committee members who stepped aside from it
 */
public record NoteAccess(String requester, Set<String> recused) {

  public static final String TREASURER = "TREASURER";

  public NoteAccess {
    Objects.requireNonNull(requester, "requester");
    recused = Set.copyOf(recused);
  }

  public Set<NoteKind> readableBy(String username, Set<String> roles) {
    Set<NoteKind> kinds = EnumSet.noneOf(NoteKind.class);
    if (new JustificationAccess(requester, recused).mayRead(username, roles)) {
      kinds.addAll(
          EnumSet.of(NoteKind.VOTE_COMMENT, NoteKind.RECUSAL_REASON, NoteKind.CANCELLATION_REASON));
    }
    if (roles.contains(TREASURER)) {
      kinds.addAll(EnumSet.of(NoteKind.PAYMENT_REFERENCE, NoteKind.CANCELLATION_REASON));
    }
    return kinds;
  }
}
