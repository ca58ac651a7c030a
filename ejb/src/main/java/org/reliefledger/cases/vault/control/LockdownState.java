package org.reliefledger.cases.vault.control;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Logger;

/**
 * This instance's view of the lockdown, which lives in the database ({@code vault_lockdown}) so
 * that every instance sharing it follows: polled every 2 seconds. A lockdown seen here seals this
 * instance's vault; so does a new split of the root key made on another instance (this instance's
 * keys were opened with the old one). The web layer reads {@link #generation()} to sign out
 * sessions that began before the latest lockdown.
 */
@Startup
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@DependsOn("VaultKeys")
public class LockdownState {

  private static final Logger LOG = Logger.getLogger(LockdownState.class.getName());

  @PersistenceContext EntityManager em;

  @EJB VaultKeys keys;

  @EJB KeyCommittee committee;

  private volatile boolean locked;
  private volatile long generation;

  @jakarta.annotation.PostConstruct
  void firstLook() {
    poll();
  }

  @Schedule(hour = "*", minute = "*", second = "*/2", persistent = false)
  public void poll() {
    Object[] row =
        (Object[])
            em.createNativeQuery("SELECT locked, generation FROM vault_lockdown WHERE id = 1")
                .getSingleResult();
    boolean nowLocked = Boolean.TRUE.equals(row[0]);
    generation = ((Number) row[1]).longValue();
    if (nowLocked && !locked) {
      LOG.warning("Lockdown: the vault is sealed and every session is signed out");
    }
    locked = nowLocked;
    if (nowLocked) {
      keys.seal();
    } else if (!keys.isSealed() && keys.committeeMode()) {
      committee
          .current()
          .filter(split -> !split.rootCheckValue().equals(keys.rootCheckValue()))
          .ifPresent(resplitElsewhere -> keys.seal());
    }
  }

  public boolean isLocked() {
    return locked;
  }

  /** Grows at each lockdown; a session that began under an older one is signed out. */
  public long generation() {
    return generation;
  }
}
