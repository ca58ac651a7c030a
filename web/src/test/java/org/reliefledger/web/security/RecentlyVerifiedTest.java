package org.reliefledger.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RecentlyVerifiedTest {

  private final RecentlyVerified verified = new RecentlyVerified();

  @Test
  void identicalCredentialsArrivingTogetherShareOneCheck() throws Exception {
    var checks = new AtomicInteger();
    var release = new CountDownLatch(1);
    var workers = new ConcurrentLinkedQueue<Thread>();
    var pool =
        Executors.newFixedThreadPool(
            10,
            task -> {
              Thread worker = new Thread(task);
              workers.add(worker);
              return worker;
            });
    try {
      var answers = new ArrayList<Future<String>>();
      for (int i = 0; i < 10; i++) {
        answers.add(
            pool.submit(
                () ->
                    verified.checkOnce(
                        "tess",
                        "the-password-1",
                        () -> {
                          checks.incrementAndGet();
                          await(release);
                          return "answer";
                        })));
      }
      awaitJoiners(workers, answers.size() - 1);
      release.countDown();
      for (var answer : answers) {
        assertThat(answer.get(10, TimeUnit.SECONDS)).isEqualTo("answer");
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(checks).hasValue(1);
  }

  @Test
  void differentPasswordsAreCheckedEachAndNothingIsKeptAfterwards() {
    var checks = new AtomicInteger();
    verified.checkOnce("tess", "guess-one", checks::incrementAndGet);
    verified.checkOnce("tess", "guess-two", checks::incrementAndGet);
    verified.checkOnce("tess", "guess-one", checks::incrementAndGet);
    assertThat(checks).hasValue(3);
  }

  /**
   * Waits until {@code count} callers are joining the check that is running: only then have all of
   * them arrived "together" however slowly this machine starts threads (a fixed sleep made the test
   * fail on a loaded machine, when the check finished before the others arrived).
   */
  private static void awaitJoiners(Collection<Thread> workers, int count)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (joining(workers) < count) {
      assertThat(System.nanoTime()).as("callers joining the running check").isLessThan(deadline);
      Thread.sleep(5);
    }
  }

  private static long joining(Collection<Thread> workers) {
    return workers.stream()
        .filter(
            worker ->
                Arrays.stream(worker.getStackTrace())
                    .anyMatch(
                        frame ->
                            frame.getClassName().equals(CompletableFuture.class.getName())
                                && frame.getMethodName().equals("join")))
        .count();
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
