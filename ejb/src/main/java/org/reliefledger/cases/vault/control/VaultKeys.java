package org.reliefledger.cases.vault.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.reliefledger.cases.vault.KeyringFile;
import org.reliefledger.cases.vault.MasterKey;
import org.reliefledger.cases.vault.MasterKeyStartup;
import org.reliefledger.cases.vault.MasterKeyring;
import org.reliefledger.cases.vault.RegisteredMasterKeys;
import org.reliefledger.cases.vault.VaultKeyException;
import org.reliefledger.cases.vault.entity.RegisteredMasterKey;
import org.reliefledger.platform.control.StartupFailure;

/**
 * The master keyring of this instance, opened from the key file at start-up. A missing or wrong key
 * file stops the deployment with the operator message of {@link VaultKeyException}.
 *
 * <p>Rotation writes the key file before the database refers to the new key, and drops the old key
 * from the file only after the database stopped referring to it, so that a crash at any point
 * leaves a key file that opens every wrapped data key.
 */
@Startup
@Singleton
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

  private MasterKeyring keyring;
  private KeyringFile keyFile;

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
    try {
      open();
    } catch (VaultKeyException e) {
      StartupFailure.stop(e.getMessage());
    }
  }

  void open() {
    keyFile = new KeyringFile(keyFilePath(keyFilePath, dataDir));
    MasterKeyStartup.Opened opened = MasterKeyStartup.open(keyFile, registered());
    Instant now = Instant.now();
    for (MasterKey key : opened.unregistered()) {
      register(key, now);
    }
    keyring = opened.keyring();
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

  private RegisteredMasterKeys registered() {
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

  @Lock(LockType.READ)
  public MasterKeyring keyring() {
    return keyring;
  }

  /**
   * The keyring to wrap a new data key with, once the database confirmed its primary is not
   * retired. The share lock on the primary's row (in the caller's transaction) waits for a running
   * rotation, so no data key is wrapped under a key that a rotation on another instance is
   * retiring.
   */
  @Lock(LockType.READ)
  public MasterKeyring keyringForWrapping() {
    MasterKeyring current = keyring;
    MasterKey primary = current.primary();
    RegisteredMasterKey registered =
        em.find(RegisteredMasterKey.class, primary.id(), LockModeType.PESSIMISTIC_READ);
    if (registered == null || registered.isRetired()) {
      throw VaultKeyException.primaryRetired(primary.id());
    }
    return current;
  }

  /**
   * Re-wraps every data key under a new master key and retires the old ones, in the key file and in
   * the database.
   *
   * <p>Other instances must be restarted with the new key file: a data key they wrap under a
   * retired master key is refused, and they cannot unwrap keys under the new one.
   *
   * @return what the rotation did, for the operator and the audit trail
   */
  @Lock(LockType.WRITE)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Rotated rotate() {
    MasterKeyring before = keyring;
    MasterKeyring rotating = before.rotatedTo(MasterKey.generate());
    keyFile.write(rotating);
    int rewrapped;
    try {
      rewrapped = rotation.rewrapAll(rotating);
    } catch (RuntimeException e) {
      // the database refers to no new key: the key file goes back to what it was
      keyFile.write(before);
      throw e;
    }
    MasterKeyring after = rotating;
    for (MasterKey old : before.keys()) {
      after = after.retire(old.id());
    }
    keyFile.write(after);
    keyring = after;
    List<String> retired = before.keys().stream().map(MasterKey::id).toList();
    LOG.warning(
        "Vault master key rotated to "
            + after.primary().id()
            + " ("
            + rewrapped
            + " data keys re-wrapped; retired "
            + retired
            + "). BACK UP the key file "
            + keyFile.path()
            + " now and restart every other instance with it.");
    return new Rotated(after.primary().id(), retired, rewrapped);
  }

  /** The outcome of a master key rotation: no key material, only ids and a count. */
  public record Rotated(String newMasterKeyId, List<String> retiredMasterKeyIds, int rewrapped) {}
}
