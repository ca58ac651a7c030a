package org.reliefledger.cases.vault.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.reliefledger.audit.boundary.Audit;
import org.reliefledger.cases.vault.KeyShares;
import org.reliefledger.cases.vault.RootKey;
import org.reliefledger.cases.vault.control.KeyCommittee;
import org.reliefledger.cases.vault.control.LockdownState;
import org.reliefledger.cases.vault.control.ShareDesk;
import org.reliefledger.cases.vault.control.VaultKeys;

/**
 * Committee-held keys (committee vault mode): splitting the root key among holders, each holder
 * taking their share once, unsealing with k shares, and the lockdown. Every step is audited, never
 * with a share or a key.
 */
@Stateless
public class VaultCommittee {

  /** Typed to confirm a lockdown, in any letter case. */
  public static final String LOCKDOWN_PHRASE = "LOCK DOWN";

  static final String VAULT = "vault";

  @EJB VaultKeys keys;
  @EJB KeyCommittee committee;
  @EJB ShareDesk desk;
  @EJB LockdownState lockdown;
  @EJB Vault vault;
  @Inject Audit audit;
  @PersistenceContext EntityManager em;

  public VaultStatus status() {
    var split = committee.current();
    return new VaultStatus(
        keys.committeeMode() ? "committee" : "key-file",
        keys.isSealed(),
        lockdown.isLocked(),
        split.map(KeyCommittee.Split::threshold).orElse(0),
        split.map(KeyCommittee.Split::holders).orElse(0),
        desk.enteredCount());
  }

  /** Committee mode and sealed: asked by every screen for its banner, so without the database. */
  public boolean isSealedInCommitteeMode() {
    return keys.committeeMode() && keys.isSealed();
  }

  /**
   * A new root key split {@code threshold}-of-{@code holders.size()}; the key file is sealed under
   * it. The first split needs no shares (the key file, if any, is plain); a re-split needs k shares
   * of the current one, and leaves the older shares worthless.
   */
  public SplitOutcome split(int threshold, List<String> holders, List<String> currentShares) {
    if (!keys.committeeMode()) {
      return new SplitOutcome.NotCommitteeMode();
    }
    if (threshold < 2
        || threshold > holders.size()
        || new HashSet<>(holders).size() != holders.size()) {
      return new SplitOutcome.Invalid(
          "k must be at least 2 and at most the number of distinct holders");
    }
    var current = committee.current();
    RootKey old = null;
    if (current.isPresent()) {
      Optional<RootKey> joined = joined(currentShares, current.get().rootCheckValue());
      if (joined.isEmpty()) {
        audit.record("VAULT_SPLIT_REFUSED", VAULT, "root-key", null);
        return new SplitOutcome.SharesRefused();
      }
      old = joined.get();
    }
    RootKey next = RootKey.generate();
    List<String> shares = KeyShares.split(next, threshold, holders.size());
    committee.record(next, threshold, holders.size());
    keys.resealUnder(old, next);
    desk.handOut(holders, shares);
    desk.forgetEntered();
    boolean wasLocked = lift();
    audit.record(
        "VAULT_ROOT_KEY_SPLIT",
        VAULT,
        "root-key",
        "k=" + threshold + " n=" + holders.size() + (wasLocked ? " lockdown lifted" : ""));
    return new SplitOutcome.Split(threshold, List.copyOf(holders));
  }

  /** The caller's share of the latest split, once. */
  public Optional<String> takeShare(Caller caller) {
    Optional<String> share = desk.take(caller.username());
    share.ifPresent(
        taken ->
            audit.record("VAULT_SHARE_TAKEN", VAULT, "root-key", "holder=" + caller.username()));
    return share;
  }

  /** Enters one share; the k-th opens the vault (and lifts a lockdown) or is refused with all. */
  public UnsealOutcome unseal(String share) {
    if (!keys.committeeMode()) {
      return new UnsealOutcome.NotCommitteeMode();
    }
    var split = committee.current();
    if (split.isEmpty()) {
      return new UnsealOutcome.NotSplit();
    }
    if (!KeyShares.isWellFormed(share)) {
      return new UnsealOutcome.NotAShare();
    }
    List<String> entered = desk.enter(share);
    int needed = split.get().threshold();
    if (entered.size() < needed) {
      return new UnsealOutcome.Accepted(entered.size(), needed);
    }
    desk.forgetEntered();
    Optional<RootKey> root = joined(entered, split.get().rootCheckValue());
    if (root.isEmpty()) {
      audit.record("VAULT_UNSEAL_REFUSED", VAULT, "root-key", "shares=" + entered.size());
      return new UnsealOutcome.Refused();
    }
    keys.unsealWith(root.get());
    boolean wasLocked = lift();
    audit.record("VAULT_UNSEALED", VAULT, "root-key", wasLocked ? "lockdown lifted" : null);
    return new UnsealOutcome.Unsealed(wasLocked);
  }

  /**
   * Runs the master key rotation that shreds made while sealed left pending; call it after an
   * unseal or a split, in a transaction of its own (it locks the master keys anew).
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void finishPendingRotation() {
    if (!keys.isSealed()
        && committee.current().map(KeyCommittee.Split::rotationPending).orElse(false)) {
      vault.rotateMasterKey();
    }
  }

  /**
   * Seals the vault on every instance, signs out every session, pauses intake, case reads and
   * report downloads, until the next unseal.
   */
  public LockdownOutcome lockDown(String confirmation, Caller caller) {
    if (!keys.committeeMode()) {
      return new LockdownOutcome.NotCommitteeMode();
    }
    if (confirmation == null
        || !LOCKDOWN_PHRASE.equals(confirmation.strip().toUpperCase(Locale.ROOT))) {
      return new LockdownOutcome.NotConfirmed();
    }
    em.createNativeQuery(
            "UPDATE vault_lockdown SET locked = TRUE, generation = generation + 1,"
                + " changed_at = ?, changed_by = ? WHERE id = 1")
        .setParameter(1, now())
        .setParameter(2, caller.username())
        .executeUpdate();
    audit.record("VAULT_LOCKED_DOWN", VAULT, "lockdown", null);
    keys.seal();
    desk.forgetEntered();
    lockdown.poll();
    return new LockdownOutcome.LockedDown();
  }

  /** Lifts the lockdown (only ever as part of an unseal); true when there was one. */
  private boolean lift() {
    int lifted =
        em.createNativeQuery(
                "UPDATE vault_lockdown SET locked = FALSE, changed_at = ? WHERE id = 1 AND locked")
            .setParameter(1, now())
            .executeUpdate();
    lockdown.poll();
    return lifted > 0;
  }

  private static Optional<RootKey> joined(List<String> shares, String checkValue) {
    if (shares == null || shares.isEmpty() || !shares.stream().allMatch(KeyShares::isWellFormed)) {
      return Optional.empty();
    }
    return KeyShares.join(shares, checkValue);
  }

  private static Object now() {
    return Instant.now().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
  }
}
