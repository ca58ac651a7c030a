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
}
