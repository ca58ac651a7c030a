package org.reliefledger.ledger.control;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.reliefledger.ledger.boundary.Ledger;
import org.reliefledger.ledger.entity.EntryResult;

/**
 * Group commit for standalone entries. Every entry must lock the one chain head, so posters take
 * turns on it, each paying for its own round trips and its own WAL flush while all others wait.
 * Here callers queue their entries instead, and one sealer thread takes everything queued (up to
 * {@link #MAX_BATCH}) and seals it in one transaction ({@link BatchSealer}): one chain-head lock
 * and one commit, so one WAL flush, for the whole batch. While a batch commits the next one queues,
 * so batches grow with the load and a lone entry is not delayed.
 *
 * <p>Guarantees are those of {@link Ledger}: entries are checked one by one in queue order against
 * the cash and chain head as the batch left them (a second use of a key in one batch replays the
 * first, a second reversal is refused, a fund cannot be overdrawn by two entries together), and an
 * entry that fails its checks writes nothing and does not affect the others. A caller gets its
 * result only after the batch committed. When a batch fails before its commit (rolled back, nothing
 * written), each of its entries is sealed again on its own, so one bad entry fails only its caller;
 * when the commit itself fails, the outcome is unknown and every caller of the batch gets the
 * error, as a caller of the direct path would.
 *
 * <p>Trade-offs: a caller waits for the batch before it (at most one) and for its own, so a single
 * entry under no load costs the same as before, and under load its latency is about two batch
 * times; the batch holds the cash rows of all its funds at once, so a payment on one of those funds
 * waits for the whole batch. Entries written atomically with other rows (payments, donations)
 * cannot join a batch, since their transaction is the caller's; they keep the direct path, {@link
 * Ledger#post}, and take turns on the chain head with the batches.
 */
public final class SealingQueue {

  static final int MAX_BATCH = 64;
  static final Duration ANSWER_WITHIN = Duration.ofSeconds(60);

  private record Pending(EntryOrder order, CompletableFuture<EntryResult> result) {}

  private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
  private final Function<List<EntryOrder>, List<EntryResult>> sealer;
  private volatile boolean running = true;
  private Thread thread;

  /** {@code sealer} seals a batch in one transaction, as {@link BatchSealer#seal} does. */
  public SealingQueue(Function<List<EntryOrder>, List<EntryResult>> sealer) {
    this.sealer = sealer;
  }

  public void start(ThreadFactory threads) {
    thread = threads.newThread(this::sealWhileRunning);
    thread.start();
  }

  /** Stops the sealer after its current batch; entries still queued get an error. */
  public void stop() {
    running = false;
    thread.interrupt();
    try {
      thread.join(ANSWER_WITHIN.toMillis());
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
    failQueued();
  }

  /** Queues {@code order} and waits until its batch committed (or failed). */
  public EntryResult submit(EntryOrder order) {
    if (!running) {
      throw new IllegalStateException("the ledger is stopping");
    }
    var pending = new Pending(order, new CompletableFuture<>());
    queue.add(pending);
    try {
      return pending.result().get(ANSWER_WITHIN.toSeconds(), TimeUnit.SECONDS);
    } catch (ExecutionException failed) {
      throw new IllegalStateException("the entry was not sealed", failed.getCause());
    } catch (TimeoutException late) {
      throw new IllegalStateException("no answer from the ledger within " + ANSWER_WITHIN);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the entry was sealed", interrupted);
    }
  }

  private void sealWhileRunning() {
    var batch = new ArrayList<Pending>(MAX_BATCH);
    while (running) {
      try {
        batch.add(queue.take());
      } catch (InterruptedException stopping) {
        break;
      }
      queue.drainTo(batch, MAX_BATCH - 1);
      seal(batch);
      batch.clear();
    }
    failQueued();
  }

  private void seal(List<Pending> batch) {
    try {
      List<EntryResult> results = sealer.apply(batch.stream().map(Pending::order).toList());
      for (int i = 0; i < batch.size(); i++) {
        batch.get(i).result().complete(results.get(i));
      }
    } catch (BatchFailed nothingWritten) {
      if (batch.size() == 1) {
        batch.get(0).result().completeExceptionally(nothingWritten.getCause());
      } else {
        batch.forEach(alone -> seal(List.of(alone)));
      }
    } catch (RuntimeException | Error outcomeUnknown) {
      batch.forEach(p -> p.result().completeExceptionally(outcomeUnknown));
    }
  }

  private void failQueued() {
    var left = new ArrayList<Pending>();
    queue.drainTo(left);
    left.forEach(p -> p.result().completeExceptionally(new IllegalStateException("stopped")));
  }
}
