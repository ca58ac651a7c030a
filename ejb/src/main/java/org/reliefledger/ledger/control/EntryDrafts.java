package org.reliefledger.ledger.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.reliefledger.ledger.entity.Account;
import org.reliefledger.ledger.entity.EntryCommand;
import org.reliefledger.ledger.entity.EntryProblem;
import org.reliefledger.ledger.entity.EntryResult;
import org.reliefledger.ledger.entity.Fund;
import org.reliefledger.ledger.entity.IdempotentRequest;
import org.reliefledger.ledger.entity.JournalEntry;

/**
 * Turns what a caller asks for into a draft entry, or into the reason it cannot be one, with the
 * checks that need no lock (known accounts and funds, balance, fund restrictions). Accounts and
 * funds never change once added, so a transaction looks each code up once however many of its
 * entries name it.
 */
@Dependent
public class EntryDrafts {

  @Inject ChartOfAccounts chart;
  @Inject LedgerQueries queries;

  /** A drafter for one transaction: it looks each account and fund up once. */
  public Drafter drafter() {
    return new Drafter();
  }

  /** Drafts the entries of one transaction. */
  public final class Drafter {

    private final Map<String, Optional<Account>> accounts = new HashMap<>();
    private final Map<String, Optional<Fund>> funds = new HashMap<>();

    public Drafted forCommand(EntryCommand command, IdempotentRequest request) {
      var draft = JournalEntry.on(command.date(), command.memo());
      for (EntryCommand.Line line : command.lines()) {
        Optional<Account> account = accounts.computeIfAbsent(line.account(), chart::account);
        if (account.isEmpty()) {
          return Drafted.refused(new EntryResult.UnknownAccount(line.account()));
        }
        Optional<Fund> fund = funds.computeIfAbsent(line.fund(), chart::fund);
        if (fund.isEmpty()) {
          return Drafted.refused(new EntryResult.UnknownFund(line.fund()));
        }
        draft.add(account.get(), fund.get(), line.side(), line.amount());
      }
      return checked(draft, request);
    }

    public Drafted forReversal(
        long entryId, LocalDate date, String memo, IdempotentRequest request) {
      Optional<JournalEntry> original = queries.entry(entryId);
      if (original.isEmpty()) {
        return Drafted.refused(new EntryResult.EntryNotFound(entryId));
      }
      return checked(original.get().reversal(date, memo), request);
    }
  }

  private static Drafted checked(JournalEntry.Builder draft, IdempotentRequest request) {
    if (request != null) {
      draft.idempotencyKey(request.key());
    }
    Optional<EntryProblem> problem = draft.problem();
    if (problem.isEmpty()) {
      return Drafted.of(draft);
    }
    return Drafted.refused(
        problem.get() == EntryProblem.RESTRICTED_FUND
            ? new EntryResult.RestrictedCategory(
                draft.fundSpentOutsideItsRestriction().orElseThrow().code())
            : new EntryResult.Unbalanced(problem.get()));
  }
}
