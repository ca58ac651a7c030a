package org.reliefledger.ledger.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reliefledger.ledger.control.BatchSealer;
import org.reliefledger.ledger.control.EntryOrder;
import org.reliefledger.ledger.control.SealingQueue;
import org.reliefledger.ledger.entity.EntryCommand;
import org.reliefledger.ledger.entity.EntryProblem;
import org.reliefledger.ledger.entity.EntryResult;
import org.reliefledger.ledger.entity.EntryView;
import org.reliefledger.ledger.entity.IdempotentRequest;
import org.reliefledger.ledger.entity.Money;
import org.reliefledger.testing.JpaBoundary;

/**
 * The ledger's contract again with every entry posted and reversed through the group commit ({@link
 * SealingQueue} and {@link BatchSealer}), plus what only batches can get wrong: checks of an entry
 * against the entries before it in the same batch, and one failing entry in a batch.
 */
abstract class GroupCommitContract extends LedgerContract {

  static final String ACTOR = "treasurer-test";

  SealingQueue queue;

  @BeforeEach
  void startQueue() {
    queue = new SealingQueue(this::batch);
    queue.start(Thread::new);
  }

  @AfterEach
  void stopQueue() {
    queue.stop();
  }

  @Override
  EntryResult post(EntryCommand command, IdempotentRequest request) {
    return queue.submit(EntryOrder.post(command, request, ACTOR));
  }

  @Override
  EntryResult reverse(long id, java.time.LocalDate date, String memo, IdempotentRequest request) {
    return queue.submit(EntryOrder.reversal(id, date, memo, request, ACTOR));
  }

  /** Seals {@code orders} in one transaction of the current instance (tests may restart it). */
  List<EntryResult> batch(List<EntryOrder> orders) {
    try (var sealer = new JpaBoundary<>(instance, BatchSealer.class)) {
      return sealer.call(s -> s.seal(orders));
    }
  }

  @Test
  void checksEachEntryOfABatchAgainstTheEntriesBeforeIt() {
    var key = IdempotentRequest.of("key-1", "journal-entries", "gift");
    var sameKeyOtherRequest = IdempotentRequest.of("key-1", "journal-entries", "other gift");

    List<EntryResult> results =
        batch(
            List.of(
                EntryOrder.post(donation("GENERAL", "10.00"), key, ACTOR),
                EntryOrder.post(donation("GENERAL", "10.00"), key, ACTOR),
                EntryOrder.post(donation("GENERAL", "3.00"), sameKeyOtherRequest, ACTOR),
                EntryOrder.post(rentPayment("GENERAL", "8.00"), null, ACTOR),
                EntryOrder.post(rentPayment("GENERAL", "5.00"), null, ACTOR),
                EntryOrder.post(
                    entry(
                        "unbalanced",
                        debit("1000", "GENERAL", "1"),
                        credit("4000", "GENERAL", "2")),
                    null,
                    ACTOR),
                EntryOrder.post(donation("NO-SUCH-FUND", "1.00"), null, ACTOR)));

    var first = (EntryResult.Posted) results.get(0);
    assertThat(first.replayed()).isFalse();
    assertThat(results.get(1)).isEqualTo(new EntryResult.Posted(first.entry(), true));
    assertThat(results.get(2)).isInstanceOf(EntryResult.IdempotencyKeyReused.class);
    assertThat(results.get(3)).isInstanceOf(EntryResult.Posted.class);
    assertThat(results.get(4))
        .isEqualTo(
            new EntryResult.InsufficientFunds(
                "GENERAL", Money.parse("2.00"), Money.parse("5.00").negate()));
    assertThat(results.get(5)).isEqualTo(new EntryResult.Unbalanced(EntryProblem.UNBALANCED));
    assertThat(results.get(6)).isEqualTo(new EntryResult.UnknownFund("NO-SUCH-FUND"));
    assertThat(entries()).isEqualTo(2);
    assertThat(cash("GENERAL")).isEqualTo(Money.parse("2.00"));
    assertBooksAreRight();
  }

  @Test
  void reversesAnEntryOnceWithinOneBatch() {
    long gift = posted(donation("GENERAL", "10.00")).id();

    List<EntryResult> results =
        batch(
            List.of(
                EntryOrder.reversal(gift, DAY, "first", null, ACTOR),
                EntryOrder.reversal(gift, DAY, "second", null, ACTOR)));

    long reversal = ((EntryResult.Posted) results.get(0)).entry().id();
    assertThat(results.get(1)).isEqualTo(new EntryResult.AlreadyReversed(gift, reversal));
    assertThat(cash("GENERAL")).isEqualTo(Money.parse("0.00"));
    assertBooksAreRight();
  }

  @Test
  void anEntryThatFailsBeforeTheCommitFailsOnlyItsCaller() throws Exception {
    queue.stop();
    queue = new SealingQueue(this::batch);
    ExecutorService callers = Executors.newFixedThreadPool(3);
    try {
      // Queued before the sealer starts, so that they are likely to share its first batch.
      Future<EntryResult> before = callers.submit(() -> post(donation("GENERAL", "4.00"), null));
      Future<EntryResult> broken =
          callers.submit(() -> queue.submit(EntryOrder.post(null, null, ACTOR)));
      Future<EntryResult> after = callers.submit(() -> post(donation("GENERAL", "6.00"), null));
      Thread.sleep(200);
      queue.start(Thread::new);

      assertThat(before.get(60, TimeUnit.SECONDS)).isInstanceOf(EntryResult.Posted.class);
      assertThat(after.get(60, TimeUnit.SECONDS)).isInstanceOf(EntryResult.Posted.class);
      assertThatThrownBy(() -> broken.get(60, TimeUnit.SECONDS))
          .hasRootCauseInstanceOf(NullPointerException.class);
    } finally {
      callers.shutdownNow();
    }
    assertThat(entries()).isEqualTo(2);
    assertThat(cash("GENERAL")).isEqualTo(Money.parse("10.00"));
    assertBooksAreRight();
  }

  @Test
  void postsFromManyThreadsOnTwoInstancesNeverOverdraw() throws Exception {
    List<List<EntryView>> acknowledged =
        throughTwoQueues(
            8,
            (own, thread) ->
                postRandomly(thread, c -> own.submit(EntryOrder.post(c, null, ACTOR))));

    assertStoredAsAcknowledged(acknowledged.stream().flatMap(List::stream).toList());
    assertBooksAreRight();
  }

  @Test
  void theSameKeyFromManyThreadsOnTwoInstancesPostsOneEntry() throws Exception {
    var request = IdempotentRequest.of("storm", "journal-entries", "gift");

    List<EntryResult> results =
        throughTwoQueues(
            16,
            (own, thread) ->
                own.submit(EntryOrder.post(donation("GENERAL", "7.00"), request, ACTOR)));

    assertOneDonationOfSevenFor(results);
  }

  /** Runs {@code work} on {@code threads} threads, half on each of two instances' queues. */
  private <T> List<T> throughTwoQueues(int threads, BiFunction<SealingQueue, Integer, T> work)
      throws Exception {
    var queues = new ConcurrentHashMap<EntityManagerFactory, SealingQueue>();
    try {
      return onTwoInstances(
          threads,
          (unit, thread) ->
              work.apply(queues.computeIfAbsent(unit, GroupCommitContract::startedQueue), thread));
    } finally {
      for (SealingQueue started : queues.values()) {
        started.stop();
      }
    }
  }

  private static SealingQueue startedQueue(EntityManagerFactory unit) {
    var started =
        new SealingQueue(
            orders -> {
              try (var sealer = new JpaBoundary<>(unit, BatchSealer.class)) {
                return sealer.call(s -> s.seal(orders));
              }
            });
    started.start(Thread::new);
    return started;
  }
}
