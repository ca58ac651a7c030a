package org.reliefledger.cases.vault.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.reliefledger.cases.vault.KeyringFile;
import org.reliefledger.cases.vault.MasterKey;
import org.reliefledger.cases.vault.MasterKeyStartup;
import org.reliefledger.cases.vault.MasterKeyring;
import org.reliefledger.cases.vault.RegisteredMasterKeys;
import org.reliefledger.cases.vault.entity.CaseKey;
import org.reliefledger.cases.vault.entity.DonorKey;
import org.reliefledger.cases.vault.entity.RegisteredMasterKey;

/**
 * The master key rotation and the key file, kept in step through the database.
 *
 * <p>The one rule: <b>the key file is written only while this transaction holds the lock on every
 * {@code vault_master_key} row</b>. So rotations, shreds and the clean-up of retired keys on
 * several instances sharing one database and one key file never interleave, and none of them writes
 * a key file from a stale picture of the database.
 *
 * <p>Every kind of key that a master key wraps is re-wrapped in {@link #rewrapEverything}: a new
 * kind is added there, and to the in-use query of {@link #registered()}.
 */
@Stateless
public class MasterKeyRotation {

  private static final int REWRAP_PAGE = 1_000;

  @PersistenceContext EntityManager em;

  /**
   * In one transaction: runs {@code erasing} (deleting the data keys of shredded cases), then
   * registers a new primary master key, re-wraps every data key that is left under it and retires
   * every other master key. The new key is added to the key file before anything refers to it; the
   * retired ones stay in the file until {@link #settle} drops them, after the commit.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public <T> Rotation<T> rotateAfter(KeyringFile file, Supplier<T> erasing) {
    lockMasterKeys();
    // again: a statement that waited for the lock does not see keys another rotation just added
    List<RegisteredMasterKey> registered = lockMasterKeys();
    MasterKeyring current = verifiedKeyring(file);
    MasterKeyring rotating = current.rotatedTo(MasterKey.generate());
    file.write(rotating);
    T erased = erasing.get();
    MasterKey primary = rotating.primary();
    Instant now = Instant.now();
    em.persist(new RegisteredMasterKey(primary.id(), primary.checkValue(), now));
    List<String> retired =
        registered.stream()
            .filter(key -> !key.isRetired())
            .map(RegisteredMasterKey::keyId)
            .toList();
    registered.forEach(key -> key.retire(now));
    em.flush();
    int rewrapped = rewrapEverything(rotating);
    em.createNativeQuery("UPDATE vault_committee SET rotation_pending = FALSE").executeUpdate();
    return new Rotation<>(erased, primary.id(), retired, rewrapped);
  }

  /**
   * A shred while the vault is sealed (committee mode): the rows go now, and the rotation that
   * destroys the master key which wrapped them is marked pending, to run first at the next unseal.
   * Until then the deleted keys linger in the database's files under a master key that k key shares
   * and the sealed key file still open.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public <T> Rotation<T> eraseWhileSealed(Supplier<T> erasing) {
    lockMasterKeys();
    T erased = erasing.get();
    em.createNativeQuery("UPDATE vault_committee SET rotation_pending = TRUE").executeUpdate();
    return new Rotation<>(erased, null, List.of(), 0);
  }

  /** What a rotation erased and did: no key material, ids and a count only. */
  public record Rotation<T>(
      T erased, String newMasterKeyId, List<String> retiredMasterKeyIds, int rewrapped) {}

  /**
   * The key file as the database needs it: checked against the registered check values, with every
   * key dropped that the database no longer needs (retired by a rotation, or left by a rotation
   * that never committed). Finishes a rotation that crashed after its commit.
   *
   * @return the keyring now in the file
   * @throws org.reliefledger.cases.vault.VaultKeyException when the file lacks a key the database
   *     needs, or holds a wrong one
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public MasterKeyring settle(KeyringFile file) {
    lockMasterKeys();
    MasterKeyring inFile = verifiedKeyring(file);
    Set<String> needed = registered().requiredKeyIds();
    List<MasterKey> kept = inFile.keys().stream().filter(key -> needed.contains(key.id())).toList();
    if (kept.size() == inFile.keys().size()) {
      return inFile;
    }
    MasterKeyring settled = MasterKeyring.of(kept);
    file.write(settled);
    return settled;
  }

  /**
   * Writes the keys of {@code from} to {@code to} (the same path under another root key, or a plain
   * file now sealed), holding the master key lock like every key file write.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public void reseal(KeyringFile from, KeyringFile to) {
    lockMasterKeys();
    to.write(verifiedKeyring(from));
  }

  /**
   * Every key a master key wraps, wrapped again by the rotating keyring's primary.
   *
   * @return how many keys were re-wrapped
   */
  private int rewrapEverything(MasterKeyring rotating) {
    return rewrapCaseKeys(rotating) + rewrapDonorKeys(rotating);
  }

  /**
   * Locks the data keys to re-wrap in one statement, then re-wraps them page by page, flushing and
   * clearing the persistence context after each page: a rotation touches every case, and one
   * context holding 100,000 entities is what made it slow.
   */
  private int rewrapCaseKeys(MasterKeyring rotating) {
    @SuppressWarnings("unchecked")
    List<Number> locked =
        em.createNativeQuery(
                "SELECT case_id FROM case_key WHERE master_key_id <> ? ORDER BY case_id FOR UPDATE")
            .setParameter(1, rotating.primary().id())
            .getResultList();
    List<Long> caseIds = locked.stream().map(Number::longValue).toList();
    for (int from = 0; from < caseIds.size(); from += REWRAP_PAGE) {
      List<Long> page = caseIds.subList(from, Math.min(from + REWRAP_PAGE, caseIds.size()));
      for (CaseKey caseKey :
          em.createQuery("SELECT k FROM CaseKey k WHERE k.caseId IN :page", CaseKey.class)
              .setParameter("page", page)
              .getResultList()) {
        caseKey.rewrap(rotating.rewrap(caseKey.wrapped(), caseKey.caseId()));
      }
      em.flush();
      em.clear();
    }
    return caseIds.size();
  }

  /**
   * Locks every master key row, oldest first: the oldest row is never deleted, so every locker
   * queues on it before holding anything else, and two lockers never wait for each other.
   */
  private List<RegisteredMasterKey> lockMasterKeys() {
    return em.createQuery(
            "SELECT k FROM RegisteredMasterKey k ORDER BY k.registeredAt, k.keyId",
            RegisteredMasterKey.class)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList();
  }

  /** The key file's keyring, refused when it cannot open what the database holds. */
  private MasterKeyring verifiedKeyring(KeyringFile file) {
    return MasterKeyStartup.open(file, registered()).keyring();
  }

  /**
   * What the database says about master keys: every check value, and the keys still needed (not
   * retired, or still wrapping a key).
   */
  public RegisteredMasterKeys registered() {
    Map<String, String> checkValues = new HashMap<>();
    Set<String> required = new HashSet<>();
    for (RegisteredMasterKey key :
        em.createQuery("SELECT k FROM RegisteredMasterKey k", RegisteredMasterKey.class)
            .getResultList()) {
      checkValues.put(key.keyId(), key.checkValue());
      if (!key.isRetired()) {
        required.add(key.keyId());
      }
    }
    required.addAll(
        em.createQuery("SELECT DISTINCT k.masterKeyId FROM CaseKey k", String.class)
            .getResultList());
    required.addAll(
        em.createQuery("SELECT DISTINCT k.masterKeyId FROM DonorKey k", String.class)
            .getResultList());
    return new RegisteredMasterKeys(checkValues, required);
  }

  /** Donors' data keys are wrapped by the master key like cases' and re-wrapped with them. */
  private int rewrapDonorKeys(MasterKeyring rotating) {
    List<DonorKey> toRewrap =
        em.createQuery("SELECT k FROM DonorKey k WHERE k.masterKeyId <> :primary", DonorKey.class)
            .setParameter("primary", rotating.primary().id())
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultList();
    for (DonorKey donorKey : toRewrap) {
      donorKey.rewrap(rotating.rewrap(donorKey.wrapped(), donorKey.owner()));
    }
    return toRewrap.size();
  }
}
