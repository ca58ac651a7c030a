package org.reliefledger.cases.vault;

/**
 * The vault's master key is missing, wrong, unreadable or could not be stored. Its message is
 * written for the operator (paths and key ids, never key material or personal data); at start-up it
 * stops the application rather than let it run without being able to open sealed data.
 */
public final class VaultKeyException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  VaultKeyException(String message) {
    super(message);
  }

  VaultKeyException(String message, Throwable cause) {
    super(message, cause);
  }

  /** This instance would wrap a new data key under a master key that a rotation retired. */
  public static VaultKeyException primaryRetired(String masterKeyId) {
    return new VaultKeyException(
        "master key "
            + masterKeyId
            + " was retired by a key rotation on another instance; restart this instance with"
            + " the current vault key file");
  }

  /**
   * This instance's key file does not hold the current master key: another instance rotated it, and
   * this one runs with a copy of the key file that the rotation did not update.
   */
  public static VaultKeyException staleKeyFile(KeyringFile file, VaultKeyException cause) {
    return new VaultKeyException(
        "the vault master key was rotated by another instance and this instance's key file "
            + file.path()
            + " does not hold the new key: give every instance the same key file (or copy the"
            + " rotated one here), then restart this instance",
        cause);
  }
}
