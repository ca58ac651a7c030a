package org.reliefledger.ledger.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.reliefledger.audit.boundary.Audit;
import org.reliefledger.ledger.control.ChainAppender;
import org.reliefledger.ledger.control.ChainRows;
import org.reliefledger.ledger.control.ChartOfAccounts;
import org.reliefledger.ledger.control.Drafted;
import org.reliefledger.ledger.control.EntryDrafts;
import org.reliefledger.ledger.control.GroupCommit;
import org.reliefledger.ledger.control.HoldRows;
import org.reliefledger.ledger.control.LedgerLocks;
import org.reliefledger.ledger.control.LedgerQueries;
import org.reliefledger.ledger.control.LockedBooks;
import org.reliefledger.ledger.entity.Account;
import org.reliefledger.ledger.entity.AccountType;
import org.reliefledger.ledger.entity.AccountView;
import org.reliefledger.ledger.entity.ChainVerification;
import org.reliefledger.ledger.entity.ChartResult;
import org.reliefledger.ledger.entity.EntryCommand;
import org.reliefledger.ledger.entity.EntryPage;
import org.reliefledger.ledger.entity.EntryResult;
import org.reliefledger.ledger.entity.EntrySelection;
import org.reliefledger.ledger.entity.EntryView;
import org.reliefledger.ledger.entity.Fund;
import org.reliefledger.ledger.entity.FundView;
import org.reliefledger.ledger.entity.HoldResult;
import org.reliefledger.ledger.entity.IdempotentRequest;
import org.reliefledger.ledger.entity.JournalEntry;
import org.reliefledger.ledger.entity.LedgerHold;
import org.reliefledger.ledger.entity.Money;
import org.reliefledger.ledger.entity.SpendingCategory;
import org.reliefledger.ledger.entity.TrialBalance;
import org.reliefledger.ledger.entity.VoidResult;

/**
 * The books of the fund: the only way money moves. Donations, grants and disbursement payments are
 * posted through it as journal entries.
 *
 * <p><em>Guarantees:</em> every entry it writes is balanced in total and per fund, sealed into the
 * hash chain and never changed afterwards; no fund's cash goes below zero, nor below the sum of its
 * pending holds except by the entry that posts one of them, however many posters (threads or
 * application instances) there are, because posting locks the cash rows of the funds it touches
 * (ascending fund id) and then the chain head, and checks the cash under those locks; a hold is
 * placed under its fund's lock only when the fund's cash less its pending holds covers it, and is
 * resolved (posted or voided) exactly once, under its own row's lock (taken before any fund lock);
 * a request repeated under the same idempotency key gets the first result and writes nothing; an
 * entry is reversed at most once. A refused request writes nothing. The ledger alone decides what a
 * fund can spend: no other component's rows enter the decision.
 */
@Stateless
public class Ledger {

  @Inject ChartOfAccounts chart;
  @Inject LedgerLocks locks;
  @Inject LedgerQueries queries;
  @Inject EntryDrafts drafts;
  @Inject ChainAppender appender;
  @Inject ChainRows chain;
  @Inject HoldRows holds;
  @Inject GroupCommit groupCommit;
  @Inject Audit audit;

  /**
   * Posts a standalone entry, one written with nothing else (the journal-entry endpoint and
   * screen), by group commit: it is sealed with the entries other callers post at the same moment,
   * in a transaction of its own, and this call returns once that has committed. Callers that must
   * write an entry atomically with their own rows use {@link #post}.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public EntryResult postStandalone(EntryCommand command, IdempotentRequest request) {
    return groupCommit.post(command, request);
  }

  /** Reverses entry {@code entryId} as a standalone entry, by group commit ({@link #reverse}). */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public EntryResult reverseStandalone(
      long entryId, LocalDate date, String memo, IdempotentRequest request) {
    return groupCommit.reverse(entryId, date, memo, request);
  }

  /**
   * Posts an entry in the caller's transaction, with the caller's own rows (a donation, a grant).
   * {@code request} is {@code null} when the client sent no idempotency key.
   *
   * @return {@link EntryResult.Posted} or why not
   */
  public EntryResult post(EntryCommand command, IdempotentRequest request) {
    return append(drafts.drafter().forCommand(command, request), request, books -> {});
  }

  /**
   * Places a pending hold of {@code amount} on fund {@code fundCode}'s cash for {@code reference}
   * (unique, e.g. {@code disbursement_request:42}), if the fund's cash less its pending holds
   * covers it. The fund stays locked until the transaction ends.
   */
  public HoldResult hold(String fundCode, Money amount, String reference) {
    var fund = chart.fund(fundCode);
    if (fund.isEmpty()) {
      return new HoldResult.UnknownFund(fundCode);
    }
    Money available = lockAvailable(fund.get());
    if (available.compareTo(amount) < 0) {
      return new HoldResult.InsufficientFunds(fundCode, available, amount);
    }
    var hold = holds.add(new LedgerHold(fund.get(), amount, reference, Instant.now()));
    audit.record(
        "ledger.hold", "LedgerHold", hold.id().toString(), "fund=" + fundCode + " " + amount);
    return new HoldResult.Held(hold.id(), amount);
  }

  /**
   * Posts {@code command}, which may spend the amount of pending hold {@code holdId} (no other
   * entry may), and marks the hold posted by it. A hold is posted at most once: the second of two
   * concurrent calls waits for the first's lock and gets {@link EntryResult.HoldNotPending}. When
   * the entry is refused the hold stays pending.
   */
  public EntryResult postHeld(long holdId, EntryCommand command, IdempotentRequest request) {
    var hold = holds.lock(holdId);
    if (hold.isEmpty()) {
      return new EntryResult.UnknownHold(holdId);
    }
    if (!hold.get().isPending()) {
      return new EntryResult.HoldNotPending(holdId, hold.get().state());
    }
    String fundCode = holds.fundCode(hold.get());
    EntryResult result =
        append(
            drafts.drafter().forCommand(command, request),
            request,
            books -> books.release(fundCode, hold.get().amount()));
    if (result instanceof EntryResult.Posted posted && !posted.replayed()) {
      hold.get().post(posted.entry().id(), Instant.now());
    }
    return result;
  }

  /** Releases pending hold {@code holdId}: its amount is the fund's to spend again. Once only. */
  public VoidResult voidHold(long holdId) {
    var hold = holds.lock(holdId);
    if (hold.isEmpty()) {
      return new VoidResult.UnknownHold(holdId);
    }
    if (!hold.get().isPending()) {
      return new VoidResult.NotPending(hold.get().state());
    }
    hold.get().voidHold(Instant.now());
    audit.record("ledger.hold.void", "LedgerHold", String.valueOf(holdId), null);
    return new VoidResult.Voided(hold.get().amount());
  }

  /** Posts the entry that reverses entry {@code entryId}: every posting with its sides swapped. */
  public EntryResult reverse(long entryId, LocalDate date, String memo, IdempotentRequest request) {
    return append(drafts.drafter().forReversal(entryId, date, memo, request), request, books -> {});
  }

  private EntryResult append(
      Drafted drafted, IdempotentRequest request, Consumer<LockedBooks> releases) {
    if (drafted.isRefused()) {
      return drafted.refusal();
    }
    var books = appender.lock(drafted.draft().funds());
    releases.accept(books);
    EntryResult result = appender.append(drafted.draft(), request, books, audit.caller());
    appender.flush();
    return result;
  }

  /**
   * Locks the cash row of fund {@code fundCode} until the transaction ends — the same lock posting
   * takes first — and returns the fund's posted cash. For decisions about a fund's money that must
   * not race with payments (e.g. approving a request against what is not yet held). Take it before
   * any other ledger call in the transaction.
   */
  public Optional<Money> lockFundCash(String fundCode) {
    return chart.fund(fundCode).map(fund -> locks.lockFunds(List.of(fund)).get(fund.code()).cash());
  }

  /**
   * Locks fund {@code fundCode} as {@link #lockFundCash} does and returns what it can still spend
   * or hold: its cash less its pending holds. For decisions that must not race with holds and
   * payments, such as approving a request before {@link #hold} places its hold.
   */
  public Optional<Money> lockAvailable(String fundCode) {
    return chart.fund(fundCode).map(this::lockAvailable);
  }

  private Money lockAvailable(Fund fund) {
    Money cash = locks.lockFunds(List.of(fund)).get(fund.code()).cash();
    return cash.minus(
        holds.pendingIn(List.of(fund.id())).getOrDefault(fund.code(), Money.ofMinor(0)));
  }

  /** Recomputes every hash from the stored rows and compares with the recorded chain head. */
  public ChainVerification verify() {
    return chain.verify();
  }

  /** Whether every fund's cash row equals the sum of its asset postings (it always should). */
  public boolean cashRowsMatchPostings() {
    Map<String, Money> fromPostings = queries.cashByFundFromPostings();
    return queries.cashByFund().entrySet().stream()
        .allMatch(
            row ->
                row.getValue().equals(fromPostings.getOrDefault(row.getKey(), Money.ofMinor(0))));
  }

  /** Balances per account and fund of the entries dated on or before {@code asOf}. */
  public TrialBalance trialBalance(LocalDate asOf) {
    return TrialBalance.of(asOf, queries.sumsAsOf(asOf));
  }

  public Optional<EntryView> entry(long id) {
    return queries
        .entry(id)
        .map(e -> EntryView.of(e, queries.reversalOf(e.id()).map(JournalEntry::id).orElse(null)));
  }

  /** Entries dated {@code from} to {@code to} (inclusive) in chain order. */
  public EntryPage entries(LocalDate from, LocalDate to, int limit, int offset) {
    return entries(EntrySelection.between(from, to), limit, offset);
  }

  /** The entries {@code selection} picks, in chain order. */
  public EntryPage entries(EntrySelection selection, int limit, int offset) {
    List<JournalEntry> page = queries.entries(selection, limit, offset);
    Map<Long, Long> reversals = queries.reversalIds(page.stream().map(JournalEntry::id).toList());
    return new EntryPage(
        page.stream().map(e -> EntryView.of(e, reversals.get(e.id()))).toList(),
        queries.countEntries(selection));
  }

  /** The account with {@code code}, for components that record their own side of a posting. */
  public Optional<Account> account(String code) {
    return chart.account(code);
  }

  /** The fund with {@code code}, for components that record their own side of a posting. */
  public Optional<Fund> fund(String code) {
    return chart.fund(code);
  }

  public List<AccountView> accounts() {
    Map<String, Money> balances = queries.accountBalances();
    return chart.accounts().stream()
        .map(
            a ->
                new AccountView(
                    a.code(),
                    a.name(),
                    a.type(),
                    balances.getOrDefault(a.code(), Money.ofMinor(0))))
        .toList();
  }

  public ChartResult addAccount(String code, String name, AccountType type) {
    Account account;
    try {
      account = new Account(code, name, type);
    } catch (IllegalArgumentException invalid) {
      return new ChartResult.Invalid(invalid.getMessage());
    }
    if (chart.account(code).isPresent() || !chart.add(account)) {
      return new ChartResult.DuplicateCode(code);
    }
    audit.record("account.create", "Account", code, "type=" + type);
    return new ChartResult.Added(code);
  }

  /** Funds with their posted cash, the amount in pending holds, and what is left. */
  public List<FundView> funds() {
    Map<String, Money> cash = queries.cashByFund();
    Map<String, Money> held = holds.pendingByFund();
    return chart.funds().stream()
        .map(
            f -> {
              Money balance = cash.getOrDefault(f.code(), Money.ofMinor(0));
              Money onHold = held.getOrDefault(f.code(), Money.ofMinor(0));
              return new FundView(
                  f.code(),
                  f.name(),
                  f.isRestricted(),
                  f.allowedCategories(),
                  balance,
                  onHold,
                  balance.minus(onHold));
            })
        .toList();
  }

  /**
   * Adds a fund. An unrestricted fund allows every category, whatever {@code allowedCategories}
   * says; a restricted one needs at least one.
   */
  public ChartResult addFund(
      String code, String name, boolean restricted, Set<SpendingCategory> allowedCategories) {
    Fund fund;
    try {
      fund =
          restricted
              ? Fund.restricted(code, name, allowedCategories)
              : Fund.unrestricted(code, name);
    } catch (IllegalArgumentException invalid) {
      return new ChartResult.Invalid(invalid.getMessage());
    }
    if (chart.fund(code).isPresent() || !chart.add(fund)) {
      return new ChartResult.DuplicateCode(code);
    }
    audit.record(
        "fund.create",
        "Fund",
        code,
        restricted ? "restricted=" + fund.allowedCategories() : "unrestricted");
    return new ChartResult.Added(code);
  }
}
