package org.reliefledger.cases.vault;

import java.util.Arrays;

/**
 * An AES-GCM sealed value: a random 96-bit nonce and the ciphertext followed by its 128-bit
 * authentication tag. It prints as {@code [sealed]} so that neither bytes nor lengths reach a log
 * line by accident.
 */
public final class Sealed {

  private final byte[] nonce;
  private final byte[] ciphertext;

  public Sealed(byte[] nonce, byte[] ciphertext) {
    if (nonce == null || nonce.length != AesGcm.NONCE_BYTES) {
      throw new IllegalArgumentException("a sealed value needs a 96-bit nonce");
    }
    if (ciphertext == null || ciphertext.length < AesGcm.TAG_BYTES) {
      throw new IllegalArgumentException("a sealed value needs at least its authentication tag");
    }
    this.nonce = nonce.clone();
    this.ciphertext = ciphertext.clone();
  }

  public byte[] nonce() {
    return nonce.clone();
  }

  /** The ciphertext with the authentication tag appended, as JCA produces it. */
  public byte[] ciphertext() {
    return ciphertext.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Sealed that
        && Arrays.equals(nonce, that.nonce)
        && Arrays.equals(ciphertext, that.ciphertext);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(nonce) + Arrays.hashCode(ciphertext);
  }

  @Override
  public String toString() {
    return "[sealed]";
  }
}
