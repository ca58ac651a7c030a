package org.reliefledger.cases.vault.control;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Key shares in this instance's memory, never in the database or a file: the shares of a new split
 * until each holder takes theirs (once), and the shares entered to unseal until k are in. Both are
 * per instance by nature: a holder takes their share from, and an unseal is done on, the instance
 * they talk to (see docs/vault.md). Synchronized: the state is this JVM's alone, shared by nothing.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ShareDesk {

  private final Map<String, String> waiting = new HashMap<>();
  private final Set<String> entered = new LinkedHashSet<>();

  /** Replaces every share not yet taken: shares of an older split are worthless. */
  public synchronized void handOut(List<String> holders, List<String> shares) {
    waiting.clear();
    for (int i = 0; i < holders.size(); i++) {
      waiting.put(holders.get(i), shares.get(i));
    }
  }

  /** The holder's share, once; empty afterwards or for anyone else. */
  public synchronized Optional<String> take(String holder) {
    return Optional.ofNullable(waiting.remove(holder));
  }

  /** Adds a share to those entered so far; returns them all. */
  public synchronized List<String> enter(String share) {
    entered.add(share.strip());
    return List.copyOf(entered);
  }

  public synchronized int enteredCount() {
    return entered.size();
  }

  public synchronized void forgetEntered() {
    entered.clear();
  }
}
