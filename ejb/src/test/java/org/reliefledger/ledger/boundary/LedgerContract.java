package org.reliefledger.ledger.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reliefledger.ledger.entity.AccountType;
import org.reliefledger.ledger.entity.AccountView;
import org.reliefledger.ledger.entity.ChainVerification;
import org.reliefledger.ledger.entity.ChartResult;
import org.reliefledger.ledger.entity.EntryCommand;
import org.reliefledger.ledger.entity.EntryPage;
import org.reliefledger.ledger.entity.EntryProblem;
import org.reliefledger.ledger.entity.EntryResult;
import org.reliefledger.ledger.entity.EntrySelection;
import org.reliefledger.ledger.entity.EntryView;
import org.reliefledger.ledger.entity.FundView;
import org.reliefledger.ledger.entity.HoldResult;
import org.reliefledger.ledger.entity.HoldState;
import org.reliefledger.ledger.entity.IdempotentRequest;
import org.reliefledger.ledger.entity.Money;
import org.reliefledger.ledger.entity.Side;
import org.reliefledger.ledger.entity.SpendingCategory;
import org.reliefledger.ledger.entity.TrialBalance;
import org.reliefledger.ledger.entity.VoidResult;
import org.reliefledger.testing.JpaBoundary;
import org.reliefledger.testing.TestDatabase;

/**
 * The {@link Ledger} over real EclipseLink and a real, migrated database — without a container.
 * Subclasses choose the database. The concurrency tests run several threads over two persistence
 * units (two caches, like two application instances) against the one database.
 */
abstract class LedgerContract {

  static final LocalDate DAY = LocalDate.of(2026, 3, 2);

  TestDatabase database;
  EntityManagerFactory instance;
  JpaBoundary<Ledger> ledger;

  abstract TestDatabase newDatabase();

  @BeforeEach
  void start() {
    database = newDatabase();
    instance = database.newInstance();
    ledger = new JpaBoundary<>(instance, Ledger.class);
    addFund("RENT", "Rent grant", true, EnumSet.of(SpendingCategory.RENT));
  }

  @AfterEach
  void stop() {
    ledger.close();
    instance.close();
    database.close();
  }

  <T> T call(Function<Ledger, T> call) {
    return ledger.call(call);
  }

  EntryResult post(EntryCommand command, IdempotentRequest request) {
    return ledger.call(l -> l.post(command, request));
  }

  EntryResult reverse(long id, LocalDate date, String memo, IdempotentRequest request) {
    return ledger.call(l -> l.reverse(id, date, memo, request));
  }

  Optional<EntryView> entry(long id) {
    return ledger.call(l -> l.entry(id));
  }

  ChainVerification verify() {
    return ledger.call(Ledger::verify);
  }

  ChartResult addAccount(String code, String name, AccountType type) {
    return ledger.call(l -> l.addAccount(code, name, type));
  }

  ChartResult addFund(
      String code, String name, boolean restricted, EnumSet<SpendingCategory> categories) {
    return ledger.call(l -> l.addFund(code, name, restricted, categories));
  }

  static EntryCommand entry(String memo, EntryCommand.Line... lines) {
    return new EntryCommand(DAY, memo, List.of(lines));
  }

  static EntryCommand.Line debit(String account, String fund, String amount) {
    return new EntryCommand.Line(account, fund, Side.DEBIT, Money.parse(amount));
  }

  static EntryCommand.Line credit(String account, String fund, String amount) {
    return new EntryCommand.Line(account, fund, Side.CREDIT, Money.parse(amount));
  }

  static EntryCommand donation(String fund, String amount) {
    return entry("Donation", debit("1000", fund, amount), credit("4000", fund, amount));
  }

  static EntryCommand rentPayment(String fund, String amount) {
    return entry("Rent", debit("5000", fund, amount), credit("1000", fund, amount));
  }

  EntryView posted(EntryCommand command) {
    EntryResult result = post(command, null);
    assertThat(result).isInstanceOf(EntryResult.Posted.class);
    return ((EntryResult.Posted) result).entry();
  }

  Money cash(String fund) {
    return call(Ledger::funds).stream()
        .filter(f -> f.code().equals(fund))
        .findFirst()
        .orElseThrow()
        .balance();
  }

  long entries() {
    return call(l -> l.entries(LocalDate.of(2000, 1, 1), LocalDate.of(2999, 12, 31), 1, 0)).total();
  }

  void assertBooksAreRight() {
    TrialBalance trial = call(l -> l.trialBalance(LocalDate.of(2999, 12, 31)));
    assertThat(trial.balanced()).isTrue();
    assertThat(call(Ledger::cashRowsMatchPostings)).isTrue();
    assertThat(verify()).isInstanceOf(ChainVerification.Intact.class);
    assertThat(call(Ledger::funds)).allSatisfy(f -> assertThat(f.balance().isNegative()).isFalse());
  }

  @Test
  void postsABalancedEntryIntoTheChain() {
    EntryView entry = posted(donation("GENERAL", "125.00"));

    assertThat(entry.sequence()).isEqualTo(1);
    assertThat(entry.postings())
        .containsExactly(
            new EntryView.PostingView("1000", "GENERAL", Money.parse("125.00"), null),
            new EntryView.PostingView("4000", "GENERAL", null, Money.parse("125.00")));
    assertThat(cash("GENERAL")).isEqualTo(Money.parse("125.00"));
    assertThat(verify()).isEqualTo(new ChainVerification.Intact(1, entry.hash()));
    assertThat(call(l -> l.trialBalance(DAY)).rows())
        .containsExactly(
            new TrialBalance.Row("1000", "GENERAL", Money.parse("125.00"), Money.ofMinor(0)),
            new TrialBalance.Row("4000", "GENERAL", Money.ofMinor(0), Money.parse("125.00")));
    assertThat(call(l -> l.trialBalance(DAY.minusDays(1))).rows()).isEmpty();
    assertThat(call(Ledger::accounts))
        .filteredOn(a -> a.code().equals("4000"))
        .extracting(AccountView::balance)
        .containsExactly(Money.parse("125.00"));
    assertBooksAreRight();
  }

  @Test
  void refusesAndWritesNothing() {
    posted(donation("GENERAL", "100.00"));

    assertThat(
            post(entry("x", debit("1000", "GENERAL", "5"), credit("4000", "GENERAL", "4")), null))
        .isEqualTo(new EntryResult.Unbalanced(EntryProblem.UNBALANCED));
    assertThat(post(entry("x", debit("1000", "GENERAL", "5"), credit("4000", "RENT", "5")), null))
        .isEqualTo(new EntryResult.Unbalanced(EntryProblem.UNBALANCED_FUND));
    assertThat(
            post(entry("x", debit("9999", "GENERAL", "5"), credit("4000", "GENERAL", "5")), null))
        .isEqualTo(new EntryResult.UnknownAccount("9999"));
    assertThat(post(entry("x", debit("1000", "NOPE", "5"), credit("4000", "NOPE", "5")), null))
        .isEqualTo(new EntryResult.UnknownFund("NOPE"));
    assertThat(post(rentPayment("GENERAL", "100.01"), null))
        .isEqualTo(
            new EntryResult.InsufficientFunds(
                "GENERAL", Money.parse("100.00"), Money.parse("100.01").negate()));
    assertThat(post(entry("fee", debit("5100", "RENT", "1"), credit("1000", "RENT", "1")), null))
        .isEqualTo(new EntryResult.RestrictedCategory("RENT"));

    assertThat(entries()).isEqualTo(1);
    assertThat(cash("GENERAL")).isEqualTo(Money.parse("100.00"));
    assertBooksAreRight();
  }

  @Test
  void listsTheEntriesWithALineOnAnAccountInAFund() {
    long general = posted(donation("GENERAL", "100.00")).id();
    long rent = posted(donation("RENT", "300.00")).id();
    long fee =
        posted(entry("fee", debit("5100", "GENERAL", "2"), credit("1000", "GENERAL", "2"))).id();
    var later = new EntryCommand(DAY.plusDays(1), "later", donation("GENERAL", "5").lines());
    long nextDay = posted(later).id();

    assertThat(selected(null, null)).containsExactly(general, rent, fee, nextDay);
    assertThat(selected("4000", null)).containsExactly(general, rent, nextDay);
    assertThat(selected(null, "RENT")).containsExactly(rent);
    assertThat(selected("1000", "GENERAL")).containsExactly(general, fee, nextDay);
    assertThat(selected("5100", "RENT")).as("one line must match both").isEmpty();
    assertThat(selected(" ", "")).as("blank means any").hasSize(4);

    var onDay = new EntrySelection(DAY, DAY, "1000", "GENERAL");
    EntryPage second = call(l -> l.entries(onDay, 1, 1));
    assertThat(second.total()).isEqualTo(2);
    assertThat(second.items()).extracting(EntryView::id).containsExactly(fee);
  }

  private List<Long> selected(String account, String fund) {
    var selection = new EntrySelection(DAY, DAY.plusDays(1), account, fund);
    EntryPage page = call(l -> l.entries(selection, 50, 0));
    assertThat(page.total()).isEqualTo(page.items().size());
    return page.items().stream().map(EntryView::id).toList();
  }

  @Test
  void spendsAFundDownToZeroButNotBelow() {
    posted(donation("RENT", "800.00"));
    posted(rentPayment("RENT", "500.00"));
    posted(rentPayment("RENT", "300.00"));

    assertThat(cash("RENT")).isEqualTo(Money.ofMinor(0));
    assertThat(post(rentPayment("RENT", "0.01"), null))
        .isInstanceOf(EntryResult.InsufficientFunds.class);
    assertBooksAreRight();
  }

  @Test
  void locksAFundAndTellsItsCash() {
    posted(donation("RENT", "12.34"));

    Optional<Money> rent = call(l -> l.lockFundCash("RENT"));
    Optional<Money> none = call(l -> l.lockFundCash("NOPE"));

    assertThat(rent).contains(Money.parse("12.34"));
    assertThat(none).isEmpty();
  }

  FundView fund(String code) {
    return call(Ledger::funds).stream()
        .filter(f -> f.code().equals(code))
        .findFirst()
        .orElseThrow();
  }

  HoldResult hold(String fund, String amount, String reference) {
    return ledger.call(l -> l.hold(fund, Money.parse(amount), reference));
  }

  EntryResult postHeld(long hold, EntryCommand command) {
    return ledger.call(l -> l.postHeld(hold, command, null));
  }

  VoidResult voidHold(long hold) {
    return ledger.call(l -> l.voidHold(hold));
  }

  Optional<Money> available(String fund) {
    return ledger.call(l -> l.lockAvailable(fund));
  }

  long held(String fund, String amount, String reference) {
    HoldResult result = hold(fund, amount, reference);
    assertThat(result).isInstanceOf(HoldResult.Held.class);
    return ((HoldResult.Held) result).holdId();
  }

  @Test
  void aHoldReservesItsFundsCashUntilItIsPostedOnce() {
    posted(donation("GENERAL", "100.00"));
    long hold = held("GENERAL", "60.00", "test:1");

    assertThat(fund("GENERAL").held()).isEqualTo(Money.parse("60.00"));
    assertThat(fund("GENERAL").available()).isEqualTo(Money.parse("40.00"));
    assertThat(available("GENERAL")).contains(Money.parse("40.00"));
    assertThat(hold("GENERAL", "40.01", "test:2"))
        .isEqualTo(
            new HoldResult.InsufficientFunds(
                "GENERAL", Money.parse("40.00"), Money.parse("40.01")));
    assertThat(hold("NOPE", "1.00", "test:3")).isEqualTo(new HoldResult.UnknownFund("NOPE"));
    assertThat(post(rentPayment("GENERAL", "40.01"), null))
        .isInstanceOf(EntryResult.InsufficientFunds.class);
    EntryResult refused = postHeld(hold, entry("x", debit("5000", "GENERAL", "60.00")));
    assertThat(refused).isInstanceOf(EntryResult.Unbalanced.class);
    assertThat(fund("GENERAL").held()).isEqualTo(Money.parse("60.00"));

    EntryResult paid = postHeld(hold, rentPayment("GENERAL", "60.00"));

    assertThat(paid).isInstanceOf(EntryResult.Posted.class);
    assertThat(fund("GENERAL").held()).isEqualTo(Money.parse("0.00"));
    assertThat(cash("GENERAL")).isEqualTo(Money.parse("40.00"));
    assertThat(postHeld(hold, rentPayment("GENERAL", "1.00")))
        .isEqualTo(new EntryResult.HoldNotPending(hold, HoldState.POSTED));
    assertThat(voidHold(hold)).isEqualTo(new VoidResult.NotPending(HoldState.POSTED));
    assertThat(postHeld(hold + 1_000, rentPayment("GENERAL", "1.00")))
        .isEqualTo(new EntryResult.UnknownHold(hold + 1_000));
    assertThat(entries()).isEqualTo(2);
    assertBooksAreRight();
  }

  @Test
  void aVoidedHoldGivesItsAmountBackOnce() {
    posted(donation("GENERAL", "100.00"));
    long hold = held("GENERAL", "100.00", "test:void");
    assertThat(post(rentPayment("GENERAL", "0.01"), null))
        .isInstanceOf(EntryResult.InsufficientFunds.class);

    assertThat(voidHold(hold)).isEqualTo(new VoidResult.Voided(Money.parse("100.00")));

    assertThat(fund("GENERAL").available()).isEqualTo(Money.parse("100.00"));
    assertThat(voidHold(hold)).isEqualTo(new VoidResult.NotPending(HoldState.VOIDED));
    assertThat(postHeld(hold, rentPayment("GENERAL", "100.00")))
        .isEqualTo(new EntryResult.HoldNotPending(hold, HoldState.VOIDED));
    assertThat(voidHold(hold + 1_000)).isEqualTo(new VoidResult.UnknownHold(hold + 1_000));
    assertThat(cash("GENERAL")).isEqualTo(Money.parse("100.00"));
    assertThat(entries()).isEqualTo(1);
  }

  /**
   * Eight threads on two instances try to resolve one hold at once, half by posting its payment and
   * half by voiding it: exactly one of them resolves it, and at most one entry is written.
   */
  @Test
  void aHoldIsResolvedOnceWhenManyResolveItAtOnce() throws Exception {
    posted(donation("GENERAL", "100.00"));
    long hold = held("GENERAL", "100.00", "test:race");

    List<Object> results =
        concurrently(
            8,
            (own, thread) ->
                thread % 2 == 0
                    ? own.call(l -> l.postHeld(hold, rentPayment("GENERAL", "100.00"), null))
                    : own.call(l -> l.voidHold(hold)));

    var won =
        results.stream()
            .filter(r -> r instanceof EntryResult.Posted || r instanceof VoidResult.Voided)
            .toList();
    assertThat(won).hasSize(1);
    var state = won.get(0) instanceof EntryResult.Posted ? HoldState.POSTED : HoldState.VOIDED;
    assertThat(results)
        .filteredOn(r -> !won.contains(r))
        .allSatisfy(
            r ->
                assertThat(r)
                    .isIn(
                        new EntryResult.HoldNotPending(hold, state),
                        new VoidResult.NotPending(state)));
    assertThat(entries()).isEqualTo(state == HoldState.POSTED ? 2 : 1);
    assertThat(fund("GENERAL").held()).isEqualTo(Money.parse("0.00"));
    assertBooksAreRight();
  }

  /** Eight threads on two instances post the same hold at once: one entry, one payment. */
  @Test
  void aHoldIsPostedOnceWhenManyPostItAtOnce() throws Exception {
    posted(donation("GENERAL", "100.00"));
    long hold = held("GENERAL", "100.00", "test:double-post");

    List<EntryResult> results =
        concurrently(
            8,
            (own, thread) ->
                own.call(l -> l.postHeld(hold, rentPayment("GENERAL", "100.00"), null)));

    assertThat(results).filteredOn(EntryResult.Posted.class::isInstance).hasSize(1);
    assertThat(results)
        .filteredOn(r -> !(r instanceof EntryResult.Posted))
        .containsOnly(new EntryResult.HoldNotPending(hold, HoldState.POSTED));
    assertThat(entries()).isEqualTo(2);
    assertThat(cash("GENERAL")).isEqualTo(Money.parse("0.00"));
    assertBooksAreRight();
  }

  @Test
  void reversesAnEntryOnce() {
    EntryView gift = posted(donation("GENERAL", "40.00"));

    EntryResult reversal = reverse(gift.id(), DAY.plusDays(1), "Bounced", null);
    assertThat(reversal).isInstanceOf(EntryResult.Posted.class);
    EntryView reversing = ((EntryResult.Posted) reversal).entry();
    assertThat(reversing.reverses()).isEqualTo(gift.id());
    assertThat(cash("GENERAL")).isEqualTo(Money.ofMinor(0));
    assertThat(entry(gift.id()).orElseThrow().reversedBy()).isEqualTo(reversing.id());

    assertThat(reverse(gift.id(), DAY, "again", null))
        .isEqualTo(new EntryResult.AlreadyReversed(gift.id(), reversing.id()));
    assertThat(reverse(424242, DAY, "none", null)).isEqualTo(new EntryResult.EntryNotFound(424242));
    assertBooksAreRight();
  }

  @Test
  void refusesAReversalThatWouldOverdrawTheFund() {
    EntryView gift = posted(donation("RENT", "40.00"));
    posted(rentPayment("RENT", "30.00"));

    assertThat(reverse(gift.id(), DAY, "Bounced", null))
        .isInstanceOf(EntryResult.InsufficientFunds.class);
  }

  @Test
  void theSameKeyAndRequestGiveTheFirstResultEvenAfterARestart() {
    var request = IdempotentRequest.of("key-1", "journal-entries", "gift 1");
    EntryResult first = post(donation("GENERAL", "10.00"), request);

    ledger.close();
    instance.close();
    instance = database.newInstance();
    ledger = new JpaBoundary<>(instance, Ledger.class);
    EntryResult again = post(donation("GENERAL", "10.00"), request);

    EntryView entry = ((EntryResult.Posted) first).entry();
    assertThat(again).isEqualTo(new EntryResult.Posted(entry, true));
    assertThat(entries()).isEqualTo(1);
    assertThat(cash("GENERAL")).isEqualTo(Money.parse("10.00"));
  }

  @Test
  void theSameKeyWithAnotherRequestIsRefused() {
    post(donation("GENERAL", "10.00"), IdempotentRequest.of("k", "op", "10.00"));

    assertThat(post(donation("GENERAL", "11.00"), IdempotentRequest.of("k", "op", "11.00")))
        .isEqualTo(new EntryResult.IdempotencyKeyReused());
    assertThat(entries()).isEqualTo(1);
  }

  @Test
  void verifyFindsAnAmountChangedBehindTheApplicationsBack() {
    posted(donation("GENERAL", "10.00"));
    EntryView victim = posted(donation("GENERAL", "20.00"));
    posted(donation("GENERAL", "30.00"));

    database.execute(
        "UPDATE posting SET debit_minor = 2100 WHERE journal_entry_id = "
            + victim.id()
            + " AND debit_minor > 0");

    assertThat(verify())
        .isEqualTo(
            new ChainVerification.Broken(
                List.of(
                    new ChainVerification.Break(
                        victim.id(), victim.sequence(), ChainVerification.Reason.HASH_MISMATCH)),
                1));
  }

  @Test
  void verifyFindsAMemoOrAccountChange() {
    EntryView first = posted(donation("GENERAL", "10.00"));
    EntryView second = posted(donation("GENERAL", "20.00"));

    database.execute(
        "UPDATE posting SET account_id = (SELECT id FROM account WHERE code = '1010')"
            + " WHERE journal_entry_id = "
            + second.id()
            + " AND line_number = 1");
    assertThat(verify())
        .isInstanceOfSatisfying(
            ChainVerification.Broken.class,
            b -> assertThat(b.firstBrokenEntryId()).isEqualTo(second.id()));

    database.execute("UPDATE journal_entry SET memo = 'x' WHERE id = " + first.id());
    assertThat(verify())
        .isInstanceOfSatisfying(
            ChainVerification.Broken.class,
            b -> assertThat(b.firstBrokenEntryId()).isEqualTo(first.id()));
  }

  @Test
  void verifyFindsEntriesRemovedAtTheEnd() {
    posted(donation("GENERAL", "10.00"));
    EntryView last = posted(donation("GENERAL", "20.00"));

    database.execute("DELETE FROM posting WHERE journal_entry_id = " + last.id());
    database.execute("DELETE FROM journal_entry WHERE id = " + last.id());

    assertThat(verify())
        .isInstanceOfSatisfying(
            ChainVerification.Broken.class,
            b -> assertThat(b.reason()).isEqualTo(ChainVerification.Reason.HEAD_MISMATCH));
  }

  @Test
  void verifiesLongChainsPageByPage() {
    posted(donation("GENERAL", "1000.00"));
    var posted = new ArrayList<EntryView>();
    for (int i = 0; i < 505; i++) {
      posted.add(posted(rentPayment("GENERAL", "1.00")));
    }
    assertThat(verify()).isEqualTo(new ChainVerification.Intact(506, posted.get(504).hash()));
  }

  @Test
  void addsAccountsAndFundsOnce() {
    assertThat(addAccount("1040", "Second bank", AccountType.ASSET))
        .isEqualTo(new ChartResult.Added("1040"));
    assertThat(addAccount("1040", "Again", AccountType.ASSET))
        .isEqualTo(new ChartResult.DuplicateCode("1040"));
    assertThat(addAccount("bad code", "x", AccountType.ASSET))
        .isInstanceOf(ChartResult.Invalid.class);
    assertThat(addFund("RENT", "again", false, EnumSet.noneOf(SpendingCategory.class)))
        .isEqualTo(new ChartResult.DuplicateCode("RENT"));
    assertThat(addFund("EMPTY", "x", true, EnumSet.noneOf(SpendingCategory.class)))
        .isInstanceOf(ChartResult.Invalid.class);

    assertThat(call(Ledger::funds))
        .extracting(FundView::code, FundView::restricted, FundView::balance, FundView::available)
        .containsExactly(
            tuple("GENERAL", false, Money.ofMinor(0), Money.ofMinor(0)),
            tuple("RENT", true, Money.ofMinor(0), Money.ofMinor(0)));
    posted(entry("opening", debit("1040", "RENT", "5"), credit("4100", "RENT", "5")));
    assertThat(cash("RENT")).isEqualTo(Money.parse("5.00"));
  }

  /** Runs {@code work} on {@code threads} threads at once, half on each of two "instances". */
  private <T> List<T> concurrently(int threads, BiFunction<JpaBoundary<Ledger>, Integer, T> work)
      throws Exception {
    return onTwoInstances(
        threads,
        (unit, thread) -> {
          try (var own = new JpaBoundary<>(unit, Ledger.class)) {
            return work.apply(own, thread);
          }
        });
  }

  /** What one thread of {@link #onTwoInstances} does on its instance's persistence unit. */
  interface ThreadWork<T> {
    T run(EntityManagerFactory unit, int thread) throws Exception;
  }

  /** Runs {@code work} on {@code threads} threads at once, half on each of two "instances". */
  <T> List<T> onTwoInstances(int threads, ThreadWork<T> work) throws Exception {
    EntityManagerFactory other = database.newInstance();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      var start = new CountDownLatch(1);
      var futures = new ArrayList<Future<T>>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        EntityManagerFactory unit = thread % 2 == 0 ? instance : other;
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  return work.run(unit, thread);
                }));
      }
      start.countDown();
      var results = new ArrayList<T>();
      for (Future<T> future : futures) {
        results.add(future.get(120, TimeUnit.SECONDS));
      }
      return results;
    } finally {
      pool.shutdownNow();
      other.close();
    }
  }

  /** 25 random donations and rent payments; returns those posted (the others lacked cash). */
  static List<EntryView> postRandomly(int thread, Function<EntryCommand, EntryResult> poster) {
    var random = new Random(thread);
    var mine = new ArrayList<EntryView>();
    for (int i = 0; i < 25; i++) {
      String fund = random.nextBoolean() ? "GENERAL" : "RENT";
      String amount = (1 + random.nextInt(5000)) + "." + (10 + random.nextInt(90));
      EntryCommand command =
          random.nextInt(3) == 0 ? donation(fund, amount) : rentPayment(fund, amount);
      EntryResult result = poster.apply(command);
      if (result instanceof EntryResult.Posted posted) {
        mine.add(posted.entry());
      } else {
        assertThat(result).isInstanceOf(EntryResult.InsufficientFunds.class);
      }
    }
    return mine;
  }

  /** Every acknowledged entry is stored as acknowledged, and nothing else is. */
  void assertStoredAsAcknowledged(List<EntryView> acknowledged) {
    assertThat(acknowledged).isNotEmpty();
    assertThat(entries()).isEqualTo(acknowledged.size());
    assertThat(acknowledged).allSatisfy(e -> assertThat(entry(e.id())).contains(e));
    assertThat(acknowledged).extracting(EntryView::sequence).doesNotHaveDuplicates();
  }

  @Test
  void concurrentDonationsAndPaymentsNeverOverdrawAndKeepTheBooksRight() throws Exception {
    List<List<EntryView>> acknowledged =
        concurrently(6, (own, thread) -> postRandomly(thread, c -> own.call(l -> l.post(c, null))));

    List<EntryView> all = acknowledged.stream().flatMap(List::stream).toList();
    assertStoredAsAcknowledged(all);
    for (String fund : List.of("GENERAL", "RENT")) {
      long expected =
          all.stream()
              .flatMap(e -> e.postings().stream())
              .filter(p -> p.fund().equals(fund) && p.account().equals("1000"))
              .mapToLong(p -> p.debit() != null ? p.debit().minorUnits() : -p.credit().minorUnits())
              .sum();
      assertThat(cash(fund)).isEqualTo(Money.ofMinor(expected));
    }
    assertBooksAreRight();
  }

  @Test
  void theSameKeyFromManyThreadsPostsOneEntry() throws Exception {
    var request = IdempotentRequest.of("same-key", "journal-entries", "gift");

    List<EntryResult> results =
        concurrently(
            8, (own, thread) -> own.call(l -> l.post(donation("GENERAL", "7.00"), request)));

    assertOneDonationOfSevenFor(results);
  }

  /** All got the one entry posted under the key: a donation of 7.00 to GENERAL. */
  void assertOneDonationOfSevenFor(List<EntryResult> results) {
    assertThat(results).allSatisfy(r -> assertThat(r).isInstanceOf(EntryResult.Posted.class));
    assertThat(results)
        .extracting(r -> ((EntryResult.Posted) r).entry().id())
        .containsOnly(((EntryResult.Posted) results.get(0)).entry().id());
    assertThat(results).filteredOn(r -> !((EntryResult.Posted) r).replayed()).hasSize(1);
    assertThat(entries()).isEqualTo(1);
    assertThat(cash("GENERAL")).isEqualTo(Money.parse("7.00"));
    assertBooksAreRight();
  }
}
