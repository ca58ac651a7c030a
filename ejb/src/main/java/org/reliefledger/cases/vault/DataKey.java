package org.reliefledger.cases.vault;

import javax.crypto.SecretKey;

/**
 * One case's AES-256 data key. Every sealed value of the case is sealed under it, bound to its
 * {@link FieldBinding}. It is stored only wrapped by a {@link MasterKey}; destroying the wrapped
 * copy (crypto-shredding) makes every value it sealed unreadable for good.
 */
public final class DataKey {

  private final SecretKey key;

  private DataKey(SecretKey key) {
    this.key = key;
  }

  /** A new key from the JDK's {@link java.security.SecureRandom}. */
  public static DataKey generate() {
    return new DataKey(AesGcm.newKey());
  }

  static DataKey fromMaterial(byte[] material) {
    return new DataKey(AesGcm.key(material));
  }

  byte[] material() {
    return key.getEncoded();
  }

  /** Seals the bytes, padded to a size class, under a fresh random nonce. */
  public Sealed seal(byte[] plaintext, FieldBinding binding) {
    return AesGcm.seal(key, Padding.pad(plaintext), binding.associatedData());
  }

  /**
   * Opens a value sealed by {@link #seal}.
   *
   * @throws SealBrokenException when the value was altered, belongs to another binding or was
   *     sealed under another key; never returns unauthenticated bytes
   */
  public byte[] open(Sealed sealed, FieldBinding binding) {
    return Padding.unpad(AesGcm.open(key, sealed, binding.associatedData(), "sealed value"));
  }

  /**
   * Seals text as UTF-8.
   *
   * @throws IllegalArgumentException when the text is not well-formed Unicode (a lone surrogate)
   */
  public Sealed sealText(String plaintext, FieldBinding binding) {
    return seal(StrictUtf8.encode(plaintext), binding);
  }

  public String openText(Sealed sealed, FieldBinding binding) {
    return StrictUtf8.decode(open(sealed, binding));
  }

  @Override
  public String toString() {
    return "[data key]";
  }
}
