package org.reliefledger.cases.vault;

/**
 * A data key is wrapped by a master key this instance's keyring does not hold: typically another
 * instance rotated the master key and this one still runs with the old key file.
 */
public final class UnknownMasterKeyException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  UnknownMasterKeyException(String masterKeyId) {
    super(
        "master key "
            + masterKeyId
            + " is not in this instance's vault key file; restart it with the current key file");
  }
}
