package org.reliefledger.cases.vault;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.crypto.SecretKey;

/**
 * An AES-256 master key: it wraps (AES-GCM) the per-case data keys and nothing else. It lives in
 * the key file outside the database; the database holds only its id and its {@link #checkValue()},
 * which let a start-up tell a wrong key file from the right one.
 */
public final class MasterKey {

  private static final Pattern ID = Pattern.compile("mk-[0-9a-f]{16}");
  private static final byte[] CHECK_LABEL =
      "relief-ledger/vault/v1/master-key-check".getBytes(StandardCharsets.UTF_8);

  private final String id;
  private final SecretKey key;

  private MasterKey(String id, SecretKey key) {
    if (id == null || !ID.matcher(id).matches()) {
      throw new IllegalArgumentException("a master key id looks like mk-0123456789abcdef");
    }
    this.id = id;
    this.key = key;
  }

  /** A new key and a new random id, from the JDK's {@link java.security.SecureRandom}. */
  public static MasterKey generate() {
    return new MasterKey("mk-" + HexFormat.of().formatHex(AesGcm.randomBytes(8)), AesGcm.newKey());
  }

  static MasterKey of(String id, byte[] material) {
    return new MasterKey(id, AesGcm.key(material));
  }

  static boolean isValidId(String id) {
    return id != null && ID.matcher(id).matches();
  }

  public String id() {
    return id;
  }

  byte[] material() {
    return key.getEncoded();
  }

  /**
   * HMAC-SHA256 of a fixed label under this key, in hex: a fingerprint that can be stored next to
   * the data without revealing anything about the key, and that differs for any other key.
   */
  public String checkValue() {
    return AesGcm.checkValue(key.getEncoded(), CHECK_LABEL);
  }

  /** Wraps a case's data key, bound to the case and to this master key's id. */
  public WrappedKey wrap(DataKey dataKey, long caseId) {
    return wrap(dataKey, KeyOwner.ofCase(caseId));
  }

  /** Wraps the data key of {@code owner}, bound to the owner and to this master key's id. */
  public WrappedKey wrap(DataKey dataKey, KeyOwner owner) {
    return new WrappedKey(id, AesGcm.seal(key, dataKey.material(), owner.wrapAssociatedData(id)));
  }

  /**
   * Unwraps a data key this master key wrapped for the same case.
   *
   * @throws SealBrokenException when the wrapped key was altered, belongs to another case or was
   *     wrapped by another key
   */
  public DataKey unwrap(WrappedKey wrapped, long caseId) {
    return unwrap(wrapped, KeyOwner.ofCase(caseId));
  }

  /** Unwraps a data key this master key wrapped for the same owner; see {@link #unwrap}. */
  public DataKey unwrap(WrappedKey wrapped, KeyOwner owner) {
    if (!id.equals(wrapped.masterKeyId())) {
      throw new IllegalArgumentException(
          "data key of "
              + owner.kind()
              + " "
              + owner.id()
              + " is wrapped by "
              + wrapped.masterKeyId()
              + ", not "
              + id);
    }
    return DataKey.fromMaterial(
        AesGcm.open(key, wrapped.sealed(), owner.wrapAssociatedData(id), "wrapped data key"));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof MasterKey that
        && id.equals(that.id)
        && MessageDigest.isEqual(material(), that.material());
  }

  @Override
  public int hashCode() {
    return Objects.hash(id);
  }

  @Override
  public String toString() {
    return "MasterKey[" + id + "]";
  }
}
