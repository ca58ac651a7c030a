package org.reliefledger.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
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
    var pool = Executors.newFixedThreadPool(10);
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
      Thread.sleep(300);
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

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
