package org.reliefledger.cases.vault.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.reliefledger.cases.vault.KeyringFile;
import org.reliefledger.cases.vault.MasterKey;
import org.reliefledger.cases.vault.MasterKeyStartup;
import org.reliefledger.cases.vault.MasterKeyring;
import org.reliefledger.cases.vault.RootKey;
import org.reliefledger.cases.vault.VaultKeyException;
import org.reliefledger.cases.vault.entity.RegisteredMasterKey;
import org.reliefledger.platform.control.StartupFailure;

/**
 * The master keyring of this instance, opened from the key file at start-up. A missing or wrong key
 * file stops the deployment with the operator message of {@link VaultKeyException}.
 *
 * <p>Rotation writes the key file before the database refers to the new key, and drops the old key
 * from the file only after the database stopped referring to it, so that a crash at any point
 * leaves a key file that opens every wrapped data key. A crash after the commit leaves the retired
 * key in the file: the next start, rotation, retention run or key file reload drops it ({@link
 * MasterKeyRotation#settle}).
 *
 * <p>No lock in this JVM: rotations are serialised by the database (see {@link MasterKeyRotation}),
 * and the keyring is swapped whole.
 */
@Startup
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@DependsOn("DatabaseMigration")
public class VaultKeys {

  private static final Logger LOG = Logger.getLogger(VaultKeys.class.getName());

  @PersistenceContext EntityManager em;

  @EJB MasterKeyRotation rotation;

  @Inject
  @ConfigProperty(name = "relief.data.dir", defaultValue = "./data")
  String dataDir;

  @Inject
  @ConfigProperty(name = "relief.vault.key.file")
  Optional<String> keyFilePath;

  /** {@code key-file} (the default) or {@code committee} (RELIEF_VAULT_MODE). */
  @Inject
  @ConfigProperty(name = "relief.vault.mode", defaultValue = "key-file")
  String mode;

  /** Null while sealed (committee mode, until k key shares are entered). */
  private volatile MasterKeyring keyring;

  private volatile KeyringFile keyFile;

  /** The check value of the root key that opened the key file (committee mode), or null. */
  private volatile String rootCheckValue;

  /** The key file: {@code relief.vault.key.file}, or {@code vault.key} in the data folder. */
  static Path keyFilePath(Optional<String> configured, String dataDir) {
    return configured
        .filter(path -> !path.isBlank())
        .map(Path::of)
        .orElse(Path.of(dataDir, "vault.key"));
  }

  /** A wrong or missing key file ends the process with the operator's one-line message. */
  @PostConstruct
  void openOrStop() {
    if (committeeMode()) {
      LOG.info("Vault sealed (committee mode): k of the committee's key shares unseal it");
      return;
    }
    try {
      open();
    } catch (VaultKeyException e) {
      StartupFailure.stop(e.getMessage());
    }
  }

  /** Opens the plain key file (key-file mode). */
  void open() {
    open(new KeyringFile(keyFilePath(keyFilePath, dataDir)));
  }

  private void open(KeyringFile file) {
    MasterKeyStartup.Opened opened = MasterKeyStartup.open(file, rotation.registered());
    Instant now = Instant.now();
    for (MasterKey key : opened.unregistered()) {
      register(key, now);
    }
    keyring = rotation.settle(file);
    keyFile = file;
    LOG.info(
        "Vault opened: new data keys are wrapped by master key "
            + keyring.primary().id()
            + " from "
            + keyFile.path());
  }

  /**
   * Registers {@code key}, or leaves the row that another instance opening the same key file at the
   * same moment has just written: instances of a fresh installation may start together, and a plain
   * insert would fail the later one's start on the primary key. (Key ids are random, so the row
   * found is this very key.)
   */
  private void register(MasterKey key, Instant now) {
    em.createNativeQuery(
            "INSERT INTO vault_master_key (key_id, check_value, registered_at)"
                + " VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
        .setParameter(1, key.id())
        .setParameter(2, key.checkValue())
        .setParameter(3, now.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC))
        .executeUpdate();
  }

  public boolean committeeMode() {
    return mode != null && "committee".equalsIgnoreCase(mode.strip());
  }

  public boolean isSealed() {
    return keyring == null;
  }

  /**
   * Committee mode: opens the key file with the joined root key. A plain key file (an installation
   * moving from key-file mode) is sealed under the root key at once. Joins the caller's
   * transaction.
   */
  public void unsealWith(RootKey root) {
    KeyringFile file = new KeyringFile(keyFilePath(keyFilePath, dataDir), root);
    boolean plain = file.exists() && !file.isSealed();
    open(file);
    if (plain) {
      rotation.reseal(file, file);
    }
    rootCheckValue = root.checkValue();
  }

  /**
   * Committee mode: seals the key file under {@code next} instead of {@code current} (null when
   * there was no split yet: a plain key file, or none, which creates the master key), and opens the
   * vault with it. Joins the caller's transaction.
   */
  public void resealUnder(RootKey current, RootKey next) {
    Path path = keyFilePath(keyFilePath, dataDir);
    KeyringFile from = new KeyringFile(path, current);
    KeyringFile to = new KeyringFile(path, next);
    if (from.exists()) {
      rotation.reseal(from, to);
    }
    open(to);
    rootCheckValue = next.checkValue();
  }

  /** The check value of the root key this instance was unsealed with; null in key-file mode. */
  public String rootCheckValue() {
    return rootCheckValue;
  }

  /** Drops the keys from memory: personal details answer "sealed" until the next unseal. */
  public void seal() {
    if (committeeMode() && keyring != null) {
      keyring = null;
      keyFile = null;
      rootCheckValue = null;
      LOG.warning("Vault sealed: the master keys are gone from this instance's memory");
    }
  }

  /** The opened keyring; {@link VaultSealedException} while sealed. */
  public MasterKeyring keyring() {
    MasterKeyring current = keyring;
    if (current == null) {
      throw new VaultSealedException();
    }
    return current;
  }

  private KeyringFile openedFile() {
    KeyringFile current = keyFile;
    if (current == null || keyring == null) {
      throw new VaultSealedException();
    }
    return current;
  }

  /**
   * Reads the key file again, after another instance sharing it rotated the master key: checked
   * against the database and without retired keys. Joins the caller's transaction.
   *
   * @throws VaultKeyException when this instance's key file does not hold the current key (it is a
   *     copy that the rotation did not update)
   */
  public MasterKeyring reload() {
    KeyringFile file = openedFile();
    try {
      keyring = rotation.settle(file);
    } catch (VaultKeyException stale) {
      throw VaultKeyException.staleKeyFile(file, stale);
    }
    return keyring();
  }

  /**
   * Finishes a rotation that crashed after its commit: drops retired keys from the key file. Done
   * at every start; the retention timer calls it too.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void settle() {
    if (!isSealed()) {
      keyring = rotation.settle(openedFile());
    }
  }

  /**
   * A keyring holding {@code masterKeyId}: this instance's, or the key file's once more when
   * another instance sharing the file rotated since.
   */
  public MasterKeyring keyringHolding(String masterKeyId) {
    MasterKeyring current = keyring();
    return current.find(masterKeyId).isPresent() ? current : reload();
  }

  /**
   * The keyring to wrap a new data key with, once the database confirmed its primary is not
   * retired. The share lock on the primary's row (in the caller's transaction) waits for a running
   * rotation, so no data key is wrapped under a key that a rotation on another instance is
   * retiring. A retired primary sends this instance to its key file once (another instance sharing
   * the file rotated).
   */
  public MasterKeyring keyringForWrapping() {
    MasterKeyring current = keyring();
    if (!isCurrent(current.primary())) {
      current = reload();
      if (!isCurrent(current.primary())) {
        throw VaultKeyException.primaryRetired(current.primary().id());
      }
    }
    return current;
  }

  private boolean isCurrent(MasterKey primary) {
    RegisteredMasterKey registered =
        em.find(RegisteredMasterKey.class, primary.id(), LockModeType.PESSIMISTIC_READ);
    return registered != null && !registered.isRetired();
  }

  /**
   * Re-wraps every data key under a new master key and retires the old ones, in the key file and in
   * the database.
   *
   * @return what the rotation did, for the operator and the audit trail
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Rotated rotate() {
    openedFile(); // a rotation on its own needs the keys: none while sealed
    MasterKeyRotation.Rotation<Void> rotation = rotateAfter(() -> null);
    return new Rotated(
        rotation.newMasterKeyId(), rotation.retiredMasterKeyIds(), rotation.rewrapped());
  }

  /**
   * Erasure that erases: runs {@code erasing} (which deletes data keys) in the transaction of a
   * master key rotation, then destroys the old master key in the key file. Deleted rows linger in
   * the database's files, its WAL and its backups; the master key that wrapped them does not
   * survive this call. Returns only once the old key is gone from the key file: if that last step
   * fails, the caller gets the exception, and the next start, rotation or retention run finishes
   * it.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public <T> MasterKeyRotation.Rotation<T> rotateAfter(Supplier<T> erasing) {
    if (isSealed() && committeeMode()) {
      LOG.warning(
          "Shredded while the vault is sealed: the master key rotation that completes the erasure"
              + " runs at the next unseal");
      return rotation.eraseWhileSealed(erasing);
    }
    KeyringFile file = openedFile();
    MasterKeyRotation.Rotation<T> rotated;
    try {
      rotated = rotation.rotateAfter(file, erasing);
    } catch (RuntimeException failed) {
      // rolled back: the key file may hold the new key that nothing refers to
      try {
        settle();
      } catch (RuntimeException alsoFailed) {
        failed.addSuppressed(alsoFailed);
      }
      throw failed;
    }
    settle();
    LOG.warning(
        "Vault master key rotated to "
            + rotated.newMasterKeyId()
            + " ("
            + rotated.rewrapped()
            + " data keys re-wrapped; retired "
            + rotated.retiredMasterKeyIds()
            + "). BACK UP the key file "
            + file.path()
            + " now (and destroy older backups of it); instances with a copy of their own need"
            + " the new file.");
    return rotated;
  }

  /** The outcome of a master key rotation: no key material, only ids and a count. */
  public record Rotated(String newMasterKeyId, List<String> retiredMasterKeyIds, int rewrapped) {}
}
