package org.reliefledger.cases.vault;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;

/**
 * Opens the master keyring at start-up and refuses to go on with a key that cannot open the
 * database's sealed data. A key file is created only when the database has never registered a
 * master key: a new key is never put over existing sealed data.
 */
public final class MasterKeyStartup {

  private static final Logger LOG = Logger.getLogger(MasterKeyStartup.class.getName());

  private MasterKeyStartup() {}

  /**
   * The opened keyring, and the keys in it the database does not know yet (to be registered with
   * their check values before anything is sealed under them).
   */
  public record Opened(MasterKeyring keyring, List<MasterKey> unregistered, boolean created) {}

  /**
   * @throws VaultKeyException when the key file is missing or wrong while the database holds data
   *     sealed under a registered master key
   */
  public static Opened open(KeyringFile file, RegisteredMasterKeys registered) {
    if (!file.exists()) {
      return create(file, registered);
    }
    MasterKeyring keyring = file.read();
    if (!file.isOwnerOnly()) {
      LOG.warning(
          "Vault key file "
              + file.path()
              + " can be read by other users of this machine; restrict it with: chmod 600 "
              + file.path());
    }
    refuseMissing(file, keyring, registered);
    refuseMismatched(file, keyring, registered);
    List<MasterKey> unregistered =
        keyring.keys().stream()
            .filter(key -> !registered.checkValues().containsKey(key.id()))
            .toList();
    return new Opened(keyring, unregistered, false);
  }

  private static Opened create(KeyringFile file, RegisteredMasterKeys registered) {
    if (!registered.requiredKeyIds().isEmpty()) {
      throw new VaultKeyException(
          "Vault key file "
              + file.path()
              + " is missing, but the database holds data sealed under master key(s) "
              + new TreeSet<>(registered.requiredKeyIds())
              + ". Restore the key file from its backup, or point relief.vault.key.file "
              + "(RELIEF_VAULT_KEY_FILE) at it. No new key is created: it could never open the "
              + "existing sealed data.");
    }
    MasterKeyring keyring = MasterKeyring.generate();
    file.write(keyring);
    LOG.warning(
        "Created a new vault master key file at "
            + file.path()
            + " (owner-only). BACK IT UP NOW, somewhere safe and apart from database backups:"
            + " without it no sealed personal data can ever be read again; anyone holding both it"
            + " and a copy of the database can read that data.");
    return new Opened(keyring, keyring.keys(), true);
  }

  private static void refuseMissing(
      KeyringFile file, MasterKeyring keyring, RegisteredMasterKeys registered) {
    Set<String> missing = new TreeSet<>(registered.requiredKeyIds());
    keyring.keys().forEach(key -> missing.remove(key.id()));
    if (!missing.isEmpty()) {
      throw new VaultKeyException(
          "Vault key file "
              + file.path()
              + " is not the right key file: it does not hold master key(s) "
              + missing
              + " that protect the database's sealed data. Restore the right key file from its"
              + " backup; the application does not start without it.");
    }
  }

  private static void refuseMismatched(
      KeyringFile file, MasterKeyring keyring, RegisteredMasterKeys registered) {
    for (MasterKey key : keyring.keys()) {
      String expected = registered.checkValues().get(key.id());
      if (expected != null && !expected.equals(key.checkValue())) {
        throw new VaultKeyException(
            "Vault key file "
                + file.path()
                + " holds a master key named "
                + key.id()
                + " that is not the key the database registered under that name (its check value"
                + " differs). Restore the right key file from its backup; the application does"
                + " not start with a wrong key.");
      }
    }
  }
}
