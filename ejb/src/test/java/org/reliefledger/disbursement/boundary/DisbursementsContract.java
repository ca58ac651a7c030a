package org.reliefledger.disbursement.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reliefledger.cases.boundary.CaseOpening;
import org.reliefledger.cases.boundary.Cases;
import org.reliefledger.cases.vault.PiiRecord;
import org.reliefledger.disbursement.entity.CancelOutcome;
import org.reliefledger.disbursement.entity.Decision;
import org.reliefledger.disbursement.entity.Payee;
import org.reliefledger.disbursement.entity.PaymentOutcome;
import org.reliefledger.disbursement.entity.PolicyTerms;
import org.reliefledger.disbursement.entity.RequestStatus;
import org.reliefledger.disbursement.entity.VoteOutcome;
import org.reliefledger.ledger.boundary.Ledger;
import org.reliefledger.ledger.entity.ChainVerification;
import org.reliefledger.ledger.entity.EntryCommand;
import org.reliefledger.ledger.entity.EntryResult;
import org.reliefledger.ledger.entity.Money;
import org.reliefledger.ledger.entity.Side;
import org.reliefledger.ledger.entity.SpendingCategory;
import org.reliefledger.testing.JpaBoundary;
import org.reliefledger.testing.TestDatabase;

/**
 * {@link Disbursements} over real EclipseLink, the real ledger and a real, migrated database —
 * without a container. Subclasses choose the database.
 */
abstract class DisbursementsContract {

  static final LocalDate DAY = LocalDate.of(2026, 3, 2);
  static final String JUSTIFICATION = "Canary household behind on rent";

  TestDatabase database;
  EntityManagerFactory instance;
  JpaBoundary<Disbursements> app;
  JpaBoundary<Cases> cases;
  JpaBoundary<Ledger> ledger;

  abstract TestDatabase newDatabase();

  @BeforeEach
  void start() {
    database = newDatabase();
    instance = database.newInstance();
    app = new JpaBoundary<>(instance, Disbursements.class);
    cases = new JpaBoundary<>(instance, Cases.class);
    ledger = new JpaBoundary<>(instance, Ledger.class);
    user(1, "ana", "COMMITTEE", "INTAKE");
    user(2, "ben", "COMMITTEE");
    user(3, "cai", "COMMITTEE");
    user(4, "intake", "INTAKE");
    user(5, "tess", "TREASURER");
    database.execute(
        "INSERT INTO area (code, name, name_key, created_by, created_at)"
            + " VALUES ('EAST', 'East', 'east', 'admin', CURRENT_TIMESTAMP)");
  }

  @AfterEach
  void stop() {
    app.close();
    cases.close();
    ledger.close();
    instance.close();
    database.close();
  }

  void user(long id, String name, String... roles) {
    database.execute(
        "INSERT INTO app_user (id, username, password_hash, created_at) VALUES ("
            + id
            + ", '"
            + name
            + "', 'not-a-hash', CURRENT_TIMESTAMP)");
    for (var role : roles) {
      database.execute(
          "INSERT INTO app_user_role (user_id, role) VALUES (" + id + ", '" + role + "')");
    }
  }

  void donate(String amount) {
    var money = Money.parse(amount);
    var posted =
        ledger.call(
            l ->
                l.post(
                    new EntryCommand(
                        DAY,
                        "Donation",
                        List.of(
                            new EntryCommand.Line("1000", "GENERAL", Side.DEBIT, money),
                            new EntryCommand.Line("4000", "GENERAL", Side.CREDIT, money))),
                    null));
    assertThat(posted).isInstanceOf(EntryResult.Posted.class);
  }

  String openCase() {
    var opening = cases.call(c -> c.open(3, "EAST", List.of("es"), PiiRecord.empty(), "intake"));
    return ((CaseOpening.Opened) opening).opened().code();
  }

  RequestOpening request(String caseCode, String amount, String requester) {
    var draft =
        new RequestDraft(
            caseCode,
            SpendingCategory.RENT,
            Money.parse(amount),
            "GENERAL",
            Payee.LANDLORD,
            JUSTIFICATION);
    return app.call(d -> d.open(draft, requester));
  }

  RequestView opened(String caseCode, String amount) {
    var opening = request(caseCode, amount, "intake");
    assertThat(opening).isInstanceOf(RequestOpening.Opened.class);
    return ((RequestOpening.Opened) opening).request();
  }

  VoteOutcome vote(JpaBoundary<Disbursements> on, String member, long id, Decision decision) {
    return on.call(d -> d.vote(id, member, decision, null)).orElseThrow().outcome();
  }

  PaymentOutcome pay(JpaBoundary<Disbursements> on, long id, String key) {
    var order = new PaymentOrder(DAY, "1000", "TX-" + id);
    return on.call(d -> d.pay(id, order, key, "tess")).orElseThrow();
  }

  /** The GENERAL fund's posted cash, what approved requests hold in it, and the difference. */
  record FundState(Money balance, Money held, Money available) {}

  FundState general() {
    var fund =
        ledger.call(Ledger::funds).stream()
            .filter(f -> f.code().equals("GENERAL"))
            .findFirst()
            .orElseThrow();
    return new FundState(fund.balance(), fund.held(), fund.balance().minus(fund.held()));
  }

  long number(String sql) {
    return Long.parseLong(database.strings(sql).get(0));
  }

  void assertBooksBalanceAndChainVerifies() {
    assertThat(ledger.call(Ledger::verify)).isInstanceOf(ChainVerification.Intact.class);
    assertThat(ledger.call(Ledger::cashRowsMatchPostings)).isTrue();
    assertThat(ledger.call(l -> l.trialBalance(DAY)).balanced()).isTrue();
  }

  @Test
  void fullFlowFromOpeningToPayment() {
    donate("1000.00");
    var caseCode = openCase();

    var request = opened(caseCode, "100.00");
    assertThat(request.status()).isEqualTo(RequestStatus.OPEN);
    assertThat(request.caseCode()).isEqualTo(caseCode);
    assertThat(request.votesNeeded()).isEqualTo(2);
    assertThat(request.eligible()).isEqualTo(3);
    assertThat(request.policyVersion()).isEqualTo(1);
    long id = request.id();

    assertThat(vote(app, "ana", id, Decision.APPROVE)).isInstanceOf(VoteOutcome.Counted.class);
    assertThat(vote(app, "ben", id, Decision.APPROVE)).isInstanceOf(VoteOutcome.Approved.class);
    assertThat(vote(app, "cai", id, Decision.REJECT))
        .isEqualTo(new VoteOutcome.RequestClosed(RequestStatus.APPROVED));
    assertThat(general().held()).isEqualTo(Money.parse("100.00"));
    assertThat(general().available()).isEqualTo(Money.parse("900.00"));

    var paid = pay(app, id, null);
    assertThat(paid).isInstanceOf(PaymentOutcome.Paid.class);
    var entryId = ((PaymentOutcome.Paid) paid).journalEntryId();
    assertThat(pay(app, id, null)).isEqualTo(new PaymentOutcome.AlreadyPaid(entryId));

    var after = app.call(d -> d.find(id)).orElseThrow();
    assertThat(after.status()).isEqualTo(RequestStatus.PAID);
    assertThat(after.journalEntryId()).isEqualTo(entryId);
    assertThat(general().balance()).isEqualTo(Money.parse("900.00"));
    assertThat(general().held()).isEqualTo(Money.parse("0.00"));
    assertThat(
            number(
                "SELECT COUNT(*) FROM posting WHERE account_id ="
                    + " (SELECT id FROM account WHERE code = '5000')"))
        .isEqualTo(1);
    assertBooksBalanceAndChainVerifies();

    assertThat(
            number(
                "SELECT COUNT(*) FROM audit_event WHERE object_type = 'disbursement_request'"
                    + " AND object_id = '"
                    + id
                    + "' AND action IN ('REQUEST_OPENED', 'VOTE_CAST', 'REQUEST_APPROVED',"
                    + " 'REQUEST_PAID')"))
        .isEqualTo(5);
    assertThat(
            number(
                "SELECT COUNT(*) FROM audit_event WHERE detail LIKE '%"
                    + caseCode
                    + "%' OR detail LIKE '%Canary%'"))
        .isZero();
  }

  @Test
  void theRequesterAndRecusedMembersDoNotVote() {
    donate("1000.00");
    var opening = request(openCase(), "100.00", "ana");
    long id = ((RequestOpening.Opened) opening).request().id();

    assertThat(vote(app, "ana", id, Decision.APPROVE))
        .isInstanceOf(VoteOutcome.RequesterMayNotVote.class);
    var asked = app.call(d -> d.recuse(id, "ben", "neighbour", false)).orElseThrow();
    assertThat(asked.outcome()).isEqualTo(new VoteOutcome.WouldMakeImpossible(1, 2));
    assertThat(asked.request().status()).isEqualTo(RequestStatus.OPEN);
    assertThat(asked.request().eligible()).isEqualTo(2);
    var recusal = app.call(d -> d.recuse(id, "ben", "neighbour", true)).orElseThrow();
    assertThat(recusal.outcome()).isInstanceOf(VoteOutcome.Rejected.class);
    assertThat(recusal.request().eligible()).isEqualTo(1);
    assertThat(vote(app, "ben", id, Decision.APPROVE))
        .isEqualTo(new VoteOutcome.RequestClosed(RequestStatus.REJECTED));
  }

  @Test
  void restrictedFundsAndTheCaseCapRefuseRequests() {
    ledger.call(
        l ->
            l.addFund(
                "FOOD-ONLY", "Food grant", true, java.util.EnumSet.of(SpendingCategory.FOOD)));
    var caseCode = openCase();
    var rentFromFood =
        new RequestDraft(
            caseCode,
            SpendingCategory.RENT,
            Money.parse("10.00"),
            "FOOD-ONLY",
            Payee.LANDLORD,
            "x");

    RequestOpening refused = app.call(d -> d.open(rentFromFood, "intake"));
    assertThat(refused)
        .isEqualTo(
            new RequestOpening.Refused(
                "restricted_fund",
                "fund FOOD-ONLY is restricted and may not pay for RENT",
                "category"));

    var blank =
        new RequestDraft(
            caseCode, SpendingCategory.RENT, Money.parse("10.00"), "GENERAL", Payee.LANDLORD, " ");
    RequestOpening unjustified = app.call(d -> d.open(blank, "intake"));
    assertThat(unjustified)
        .isEqualTo(
            new RequestOpening.Refused(
                "validation_failed", "a justification is required", "justification"));

    opened(caseCode, "2000.00");
    opened(caseCode, "1000.00");
    var overCap = request(caseCode, "0.01", "intake");
    assertThat(overCap).isInstanceOf(RequestOpening.Refused.class);
    assertThat(((RequestOpening.Refused) overCap).error()).isEqualTo("over_cap");
    assertThat(((RequestOpening.Refused) overCap).message())
        .contains("at most 3000.00 in any 90 days")
        .contains("at most 0.00 more");
  }

  @Test
  void anApprovalTheFundCannotCoverWaitsAndCancellingReleasesTheHold() {
    donate("150.00");
    var caseCode = openCase();
    long first = opened(caseCode, "100.00").id();
    long second = opened(caseCode, "100.00").id();
    vote(app, "ana", first, Decision.APPROVE);
    vote(app, "ben", first, Decision.APPROVE);
    vote(app, "ana", second, Decision.APPROVE);

    var waiting = vote(app, "ben", second, Decision.APPROVE);
    assertThat(waiting)
        .isEqualTo(
            new VoteOutcome.AwaitingFunds(
                new org.reliefledger.disbursement.entity.Tally(2, 0, 0, 3, 2),
                Money.parse("50.00"),
                Money.parse("100.00")));
    assertThat(pay(app, second, null))
        .isEqualTo(new PaymentOutcome.NotApproved(RequestStatus.OPEN));

    Optional<CancelOutcome> cancelled = app.call(d -> d.cancel(first, "tess", "paid by the city"));
    assertThat(cancelled).contains(new CancelOutcome.Cancelled(Money.parse("100.00")));
    assertThat(general().held()).isEqualTo(Money.parse("0.00"));
    assertThat(vote(app, "cai", second, Decision.ABSTAIN)).isInstanceOf(VoteOutcome.Approved.class);
    assertThat(general().available()).isEqualTo(Money.parse("50.00"));
  }

  @Test
  void paymentIsIdempotentUnderTheSameKey() {
    donate("500.00");
    long id = opened(openCase(), "100.00").id();
    vote(app, "ana", id, Decision.APPROVE);
    vote(app, "ben", id, Decision.APPROVE);

    var first = pay(app, id, "key-1");
    var again = pay(app, id, "key-1");
    var otherOrder =
        app.call(d -> d.pay(id, new PaymentOrder(DAY, "1010", "other"), "key-1", "tess"))
            .orElseThrow();

    assertThat(first).isInstanceOf(PaymentOutcome.Paid.class);
    assertThat(again).isEqualTo(first);
    assertThat(otherOrder).isInstanceOf(PaymentOutcome.IdempotencyKeyReused.class);
    assertThat(general().balance()).isEqualTo(Money.parse("400.00"));
  }

  @Test
  void expiryIsWonByOneInstanceOnly() throws Exception {
    long id = opened(openCase(), "100.00").id();
    database.execute("UPDATE disbursement_request SET deadline = opened_at WHERE id = " + id);
    var now = Instant.now();

    var counts = atOnce(2, (on, i) -> on.call(d -> d.expireOverdue(now)));

    assertThat(counts.stream().mapToInt(Integer::intValue).sum()).isEqualTo(1);
    assertThat(app.call(d -> d.find(id)).orElseThrow().status()).isEqualTo(RequestStatus.EXPIRED);
    assertThat(number("SELECT COUNT(*) FROM audit_event WHERE action = 'REQUEST_EXPIRED'"))
        .isEqualTo(1);
    assertThat(vote(app, "ana", id, Decision.APPROVE))
        .isEqualTo(new VoteOutcome.RequestClosed(RequestStatus.EXPIRED));
  }

  @Test
  void aPolicyAmendmentAppliesToNewRequestsOnly() {
    long before = opened(openCase(), "100.00").id();
    var stricter =
        new PolicyTerms(
            Money.parse("50.00"), 3, Money.parse("2000.00"), 3, 24, Money.parse("3000.00"), 90);

    var amended = amend(stricter);

    assertThat(amended).isInstanceOf(PolicyConfirmation.Confirmed.class);
    assertThat(app.call(Disbursements::policy).version()).isEqualTo(2);
    var after = opened(openCase(), "100.00");
    assertThat(after.policyVersion()).isEqualTo(2);
    assertThat(after.votesNeeded()).isEqualTo(3);
    assertThat(app.call(d -> d.find(before)).orElseThrow().votesNeeded()).isEqualTo(2);
  }

  /** Proposed by "admin", confirmed by the committee member "ben". */
  private PolicyConfirmation amend(PolicyTerms terms) {
    var proposed = (PolicyAmendment.Proposed) app.call(d -> d.proposePolicy(terms, "admin"));
    return app.call(d -> d.confirmPolicy(proposed.proposal().id(), "ben"));
  }

  @Test
  void aPolicyChangeTakesEffectOnlyWhenASecondPersonConfirmsIt() {
    var looser =
        new PolicyTerms(
            Money.parse("500.00"),
            1,
            Money.parse("99999999.00"),
            1,
            72,
            Money.parse("99999999.00"),
            90);

    var proposed = app.call(d -> d.proposePolicy(looser, "admin"));

    long id = ((PolicyAmendment.Proposed) proposed).proposal().id();
    assertThat(app.call(Disbursements::policy).version()).isEqualTo(1);
    assertThat(app.call(Disbursements::pendingPolicies))
        .singleElement()
        .satisfies(p -> assertThat(p.proposedBy()).isEqualTo("admin"))
        .satisfies(p -> assertThat(p.terms()).isEqualTo(looser));
    PolicyConfirmation own = app.call(d -> d.confirmPolicy(id, "admin"));
    assertThat(own).isEqualTo(new PolicyConfirmation.OwnProposal());
    assertThat(app.call(Disbursements::policy).version()).isEqualTo(1);
    PolicyConfirmation unknown = app.call(d -> d.confirmPolicy(id + 1_000, "ben"));
    assertThat(unknown).isEqualTo(new PolicyConfirmation.NoSuchProposal());

    PolicyConfirmation confirmed = app.call(d -> d.confirmPolicy(id, "ben"));

    assertThat(confirmed).isInstanceOf(PolicyConfirmation.Confirmed.class);
    var policy = app.call(Disbursements::policy);
    assertThat(policy.version()).isEqualTo(2);
    assertThat(policy.terms()).isEqualTo(looser);
    assertThat(app.call(Disbursements::pendingPolicies)).isEmpty();
    PolicyConfirmation again = app.call(d -> d.confirmPolicy(id, "cai"));
    assertThat(again).isEqualTo(new PolicyConfirmation.AlreadyConfirmed(2));
    assertThat(number("SELECT COUNT(*) FROM voting_policy")).isEqualTo(2);
    assertThat(number("SELECT COUNT(*) FROM audit_event WHERE action = 'POLICY_PROPOSED'"))
        .isEqualTo(1);
    assertThat(number("SELECT COUNT(*) FROM audit_event WHERE action = 'POLICY_AMENDED'"))
        .isEqualTo(1);
  }

  @Test
  void twoConfirmationsAtOnceMakeOneVersion() throws Exception {
    var proposed =
        (PolicyAmendment.Proposed) app.call(d -> d.proposePolicy(PolicyTerms.DEFAULT, "admin"));
    long id = proposed.proposal().id();

    var outcomes = atOnce(2, (on, i) -> on.call(d -> d.confirmPolicy(id, i == 0 ? "ben" : "cai")));

    assertThat(outcomes).filteredOn(PolicyConfirmation.Confirmed.class::isInstance).hasSize(1);
    assertThat(outcomes)
        .filteredOn(PolicyConfirmation.AlreadyConfirmed.class::isInstance)
        .hasSize(1);
    assertThat(number("SELECT COUNT(*) FROM voting_policy")).isEqualTo(2);
  }

  @Test
  void aPolicyTheCommitteeCannotMeetIsRefusedAndStoresNothing() {
    var fourOfThree =
        new PolicyTerms(
            Money.parse("500.00"), 1, Money.parse("2000.00"), 4, 72, Money.parse("3000.00"), 90);

    var refused = app.call(d -> d.proposePolicy(fourOfThree, "admin"));

    assertThat(refused).isEqualTo(new PolicyAmendment.Unmeetable(4, 3));
    assertThat(app.call(Disbursements::policy).version()).isEqualTo(1);
    assertThat(number("SELECT COUNT(*) FROM audit_event WHERE action = 'POLICY_AMENDED'")).isZero();
  }

  /**
   * The test: 20 requests of 100.00 against a fund holding 1,000.00; their deciding votes
   * cast from 20 threads at once approve exactly 10 (the holds cover the fund); then all 20 paid
   * from 20 threads at once pay exactly those 10, the fund ends at 0.00 with no holds left, the
   * books balance and the chain verifies.
   */
  @Test
  void concurrentDecidingVotesAndPaymentsNeverPromiseOrSpendMoreThanTheFundHolds()
      throws Exception {
    donate("1000.00");
    var ids = new ArrayList<Long>();
    for (int i = 0; i < 20; i++) {
      var id = opened(openCase(), "100.00").id();
      vote(app, "ana", id, Decision.APPROVE);
      ids.add(id);
    }

    var decided = atOnce(20, (on, i) -> vote(on, "ben", ids.get(i), Decision.APPROVE));

    assertThat(decided).filteredOn(VoteOutcome.Approved.class::isInstance).hasSize(10);
    assertThat(decided).filteredOn(VoteOutcome.AwaitingFunds.class::isInstance).hasSize(10);
    assertThat(general().held()).isEqualTo(Money.parse("1000.00"));
    assertThat(general().available()).isEqualTo(Money.parse("0.00"));
    var approved =
        app.call(d -> d.list(Optional.of(RequestStatus.APPROVED), 50, 0)).stream()
            .map(RequestView::id)
            .toList();
    assertThat(approved).hasSize(10);

    var payments = atOnce(20, (on, i) -> pay(on, ids.get(i), null));

    assertThat(payments).filteredOn(PaymentOutcome.Paid.class::isInstance).hasSize(10);
    assertThat(payments).filteredOn(PaymentOutcome.NotApproved.class::isInstance).hasSize(10);
    var paid =
        app.call(d -> d.list(Optional.of(RequestStatus.PAID), 50, 0)).stream()
            .map(RequestView::id)
            .toList();
    assertThat(paid).containsExactlyInAnyOrderElementsOf(approved);
    assertThat(general().balance()).isEqualTo(Money.parse("0.00"));
    assertThat(general().held()).isEqualTo(Money.parse("0.00"));
    assertThat(number("SELECT COUNT(*) FROM disbursement_request WHERE held_minor IS NOT NULL"))
        .isZero();
    assertBooksBalanceAndChainVerifies();
  }

  interface Work<T> {
    T on(JpaBoundary<Disbursements> instance, int index);
  }

  /** Runs {@code work} on {@code n} threads released together, each with its own instance. */
  <T> List<T> atOnce(int n, Work<T> work) throws Exception {
    var pool = Executors.newFixedThreadPool(n);
    var ready = new CountDownLatch(n);
    var go = new CountDownLatch(1);
    try {
      var futures = new ArrayList<Future<T>>();
      for (int i = 0; i < n; i++) {
        int index = i;
        Callable<T> task =
            () -> {
              try (var own = new JpaBoundary<>(instance, Disbursements.class)) {
                ready.countDown();
                go.await();
                return work.on(own, index);
              }
            };
        futures.add(pool.submit(task));
      }
      ready.await();
      go.countDown();
      var results = new ArrayList<T>();
      for (var future : futures) {
        results.add(future.get());
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }
}
