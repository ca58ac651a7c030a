package org.reliefledger.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * Runs one kind of request from a fixed number of workers for a fixed time and counts what came of
 * each: the common part of every throughput benchmark here.
 */
final class Load {

  /** What one request came to. */
  enum Outcome {
    POSTED,
    REFUSED,
    DEADLOCK,
    FAILED
  }

  /** Sends one request on behalf of a worker; each worker gets its own (not thread-safe). */
  interface Worker extends AutoCloseable {
    Outcome send();

    @Override
    default void close() {}
  }

  /** Counts per outcome, latencies of posted requests, and errors by type. */
  record Result(
      long posted,
      long refused,
      long deadlocks,
      long failed,
      Duration elapsed,
      List<Long> latenciesNanos,
      List<String> failureTypes) {

    double perSecond() {
      return posted / (elapsed.toNanos() / 1e9);
    }

    /** The latency below which {@code percent} of posted requests finished, in milliseconds. */
    double percentileMillis(double percent) {
      if (latenciesNanos.isEmpty()) {
        return Double.NaN;
      }
      int index = (int) Math.ceil(percent / 100.0 * latenciesNanos.size()) - 1;
      return latenciesNanos.get(Math.max(0, index)) / 1e6;
    }
  }

  private Load() {}

  static Result run(int workers, Duration duration, java.util.function.Supplier<Worker> newWorker)
      throws InterruptedException {
    var counts = new LongAdder[Outcome.values().length];
    for (int i = 0; i < counts.length; i++) {
      counts[i] = new LongAdder();
    }
    var latencies = Collections.synchronizedList(new ArrayList<Long>());
    var failures = ConcurrentHashMap.<String>newKeySet();
    var ready = new CountDownLatch(workers);
    var go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(workers);
    long[] window = new long[2];
    for (int w = 0; w < workers; w++) {
      pool.submit(
          () -> {
            try (Worker worker = newWorker.get()) {
              var mine = new ArrayList<Long>();
              ready.countDown();
              go.await();
              long end = window[1];
              while (System.nanoTime() < end) {
                long start = System.nanoTime();
                Outcome outcome;
                try {
                  outcome = worker.send();
                } catch (RuntimeException e) {
                  outcome = Failures.isDeadlock(e) ? Outcome.DEADLOCK : Outcome.FAILED;
                  failures.add(Failures.describe(e));
                }
                if (outcome == Outcome.POSTED) {
                  mine.add(System.nanoTime() - start);
                }
                counts[outcome.ordinal()].increment();
              }
              latencies.addAll(mine);
            } catch (Exception e) {
              failures.add(Failures.describe(e));
            }
            return null;
          });
    }
    ready.await();
    window[0] = System.nanoTime();
    window[1] = window[0] + duration.toNanos();
    go.countDown();
    pool.shutdown();
    if (!pool.awaitTermination(duration.toSeconds() + 120, TimeUnit.SECONDS)) {
      pool.shutdownNow();
    }
    Duration elapsed = Duration.ofNanos(System.nanoTime() - window[0]);
    var sorted = new ArrayList<>(latencies);
    Collections.sort(sorted);
    return new Result(
        counts[Outcome.POSTED.ordinal()].sum(),
        counts[Outcome.REFUSED.ordinal()].sum(),
        counts[Outcome.DEADLOCK.ordinal()].sum(),
        counts[Outcome.FAILED.ordinal()].sum(),
        elapsed,
        sorted,
        List.copyOf(failures));
  }
}
