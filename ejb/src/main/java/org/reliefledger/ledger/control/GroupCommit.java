package org.reliefledger.ledger.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.reliefledger.audit.boundary.Audit;
import org.reliefledger.ledger.boundary.Ledger;
import org.reliefledger.ledger.entity.EntryCommand;
import org.reliefledger.ledger.entity.EntryResult;
import org.reliefledger.ledger.entity.IdempotentRequest;

/**
 * Posts and reverses standalone entries by group commit (reached through {@link
 * Ledger#postStandalone} and {@link Ledger#reverseStandalone}, the one door for the API and
 * screens): the application's one {@link SealingQueue}, whose sealer thread comes from the
 * container's managed thread factory and seals each batch through {@link BatchSealer} in a new
 * transaction. Callers run outside any transaction (they only wait) and concurrently (bean-managed
 * concurrency). Callers that must write an entry atomically with their own rows use {@link
 * Ledger#post}.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class GroupCommit {

  @Resource ManagedThreadFactory threads;
  @Inject BatchSealer sealer;
  @Inject Audit audit;

  private SealingQueue queue;

  @PostConstruct
  void start() {
    queue = new SealingQueue(sealer::seal);
    queue.start(threads);
  }

  @PreDestroy
  void stop() {
    queue.stop();
  }

  /** As {@link Ledger#post}, once the entry's batch has committed. */
  public EntryResult post(EntryCommand command, IdempotentRequest request) {
    return queue.submit(EntryOrder.post(command, request, audit.caller()));
  }

  /** As {@link Ledger#reverse}, once the reversal's batch has committed. */
  public EntryResult reverse(long entryId, LocalDate date, String memo, IdempotentRequest request) {
    return queue.submit(EntryOrder.reversal(entryId, date, memo, request, audit.caller()));
  }
}
