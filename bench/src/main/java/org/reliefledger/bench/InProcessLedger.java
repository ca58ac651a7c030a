package org.reliefledger.bench;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.reliefledger.ledger.control.BatchSealer;
import org.reliefledger.ledger.entity.ChartResult;
import org.reliefledger.ledger.control.EntryOrder;
import org.reliefledger.ledger.entity.EntryResult;
import org.reliefledger.ledger.boundary.Ledger;
import org.reliefledger.ledger.control.SealingQueue;
import org.reliefledger.ledger.entity.ChainVerification;
import org.reliefledger.ledger.entity.SpendingCategory;
import org.reliefledger.testing.JpaBoundary;

/**
 * The {@link Ledger} boundary in this JVM over a resource-local persistence unit, wired as the ejb
 * module's tests wire it ({@link JpaBoundary}), with the production unit's cache and batching
 * settings: the service layer's code path (locks, chain, balances, audit) without HTTP. Postings go
 * either the direct way (one transaction per entry, as payments and donations post) or through the
 * group commit the journal-entry endpoint uses: the same {@link SealingQueue} and {@link
 * BatchSealer}, with a plain thread where the container gives a managed one.
 */
final class InProcessLedger implements AutoCloseable {

  private final EntityManagerFactory factory;
  private final JpaBoundary<BatchSealer> sealer;
  private final SealingQueue groupCommit;

  InProcessLedger(String url, int connections) {
    factory =
        Persistence.createEntityManagerFactory(
            "ledger-se-test",
            Map.of(
                "jakarta.persistence.jdbc.url",
                url,
                "jakarta.persistence.jdbc.user",
                Databases.USER,
                "jakarta.persistence.jdbc.password",
                Databases.PASSWORD,
                "eclipselink.cache.shared.default",
                "false",
                "eclipselink.jdbc.batch-writing",
                "JDBC",
                "eclipselink.jdbc.connections.min",
                String.valueOf(connections),
                "eclipselink.jdbc.connections.max",
                String.valueOf(connections)));
    sealer = new JpaBoundary<>(factory, BatchSealer.class);
    groupCommit = new SealingQueue(orders -> sealer.call(s -> s.seal(orders)));
    groupCommit.start(Thread::new);
  }

  /** Adds the unrestricted funds and gives each its opening cash. */
  void addFunds(List<String> funds) {
    try (var ledger = boundary()) {
      for (String fund : funds) {
        ChartResult added =
            ledger.call(
                l ->
                    l.addFund(
                        fund, "Benchmark " + fund, false, EnumSet.noneOf(SpendingCategory.class)));
        if (!(added instanceof ChartResult.Added)) {
          throw new IllegalStateException("fund not added: " + added);
        }
        EntryResult opened = ledger.call(l -> l.post(Postings.opening(fund).command(), null));
        if (!(opened instanceof EntryResult.Posted)) {
          throw new IllegalStateException("opening entry refused: " + opened);
        }
      }
    }
  }

  /** A worker posting entries on {@code funds} the direct way, in its own entity manager. */
  Load.Worker poster(List<String> funds) {
    var ledger = boundary();
    return new Load.Worker() {
      @Override
      public Load.Outcome send() {
        EntryResult result = ledger.call(l -> l.post(Postings.next(funds).command(), null));
        return result instanceof EntryResult.Posted ? Load.Outcome.POSTED : Load.Outcome.REFUSED;
      }

      @Override
      public void close() {
        ledger.close();
      }
    };
  }

  /** A worker posting entries on {@code funds} through the group commit. */
  Load.Worker groupPoster(List<String> funds) {
    return () -> {
      EntryResult result =
          groupCommit.submit(EntryOrder.post(Postings.next(funds).command(), null, "bench"));
      return result instanceof EntryResult.Posted ? Load.Outcome.POSTED : Load.Outcome.REFUSED;
    };
  }

  /** Whether the chain verifies and every fund's cash row equals the sum of its postings. */
  boolean booksAreRight() {
    try (var ledger = boundary()) {
      return ledger.call(
          l -> l.verify() instanceof ChainVerification.Intact && l.cashRowsMatchPostings());
    }
  }

  JpaBoundary<Ledger> boundary() {
    return new JpaBoundary<>(factory, Ledger.class);
  }

  @Override
  public void close() {
    groupCommit.stop();
    sealer.close();
    factory.close();
  }
}
