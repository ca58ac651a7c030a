package org.reliefledger.cases.vault;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import javax.crypto.SecretKey;

/**
 * The committee's root key (committee vault mode): an AES-256 key that seals the master key file
 * and exists only in memory, joined from k of the n shares the committee holds ({@link KeyShares}).
 * The database keeps its {@link #checkValue()}, so joined shares are accepted only when they give
 * this very key.
 */
public final class RootKey {

  private static final byte[] CHECK_LABEL =
      "relief-ledger/vault/v1/root-key-check".getBytes(StandardCharsets.UTF_8);
  private static final byte[] FILE_BINDING =
      "relief-ledger/vault/v1/root-key/master-key-file".getBytes(StandardCharsets.UTF_8);

  private final SecretKey key;

  private RootKey(SecretKey key) {
    this.key = key;
  }

  public static RootKey generate() {
    return new RootKey(AesGcm.newKey());
  }

  static RootKey of(byte[] material) {
    return new RootKey(AesGcm.key(material));
  }

  byte[] material() {
    return key.getEncoded();
  }

  /** HMAC-SHA256 of a fixed label under this key, in hex: reveals nothing of the key. */
  public String checkValue() {
    return AesGcm.checkValue(key.getEncoded(), CHECK_LABEL);
  }

  /** True when {@code expected} is this key's check value (compared in constant time). */
  public boolean matches(String expected) {
    return expected != null
        && MessageDigest.isEqual(
            checkValue().getBytes(StandardCharsets.US_ASCII),
            expected.getBytes(StandardCharsets.US_ASCII));
  }

  Sealed sealFile(byte[] keyFileText) {
    return AesGcm.seal(key, keyFileText, FILE_BINDING);
  }

  byte[] openFile(Sealed sealedText) {
    return AesGcm.open(key, sealedText, FILE_BINDING, "sealed master key file");
  }

  @Override
  public String toString() {
    return "RootKey[in memory]";
  }
}
