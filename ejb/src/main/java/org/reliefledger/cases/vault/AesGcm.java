package org.reliefledger.cases.vault;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM through the JDK's JCA, with the parameters fixed in one place: a fresh random 96-bit
 * nonce for every seal (so a key may seal about 2^32 values before nonce collisions become a
 * concern, far beyond one case's handful) and the full 128-bit tag.
 */
final class AesGcm {

  static final int KEY_BYTES = 32;
  static final int NONCE_BYTES = 12;
  static final int TAG_BYTES = 16;

  private static final String TRANSFORMATION = "AES/GCM/NoPadding";
  private static final SecureRandom RANDOM = new SecureRandom();

  private AesGcm() {}

  static SecretKey newKey() {
    return key(randomBytes(KEY_BYTES));
  }

  static SecretKey key(byte[] material) {
    if (material.length != KEY_BYTES) {
      throw new IllegalArgumentException("an AES-256 key has 32 bytes");
    }
    return new SecretKeySpec(material, "AES");
  }

  static byte[] randomBytes(int count) {
    byte[] bytes = new byte[count];
    RANDOM.nextBytes(bytes);
    return bytes;
  }

  static Sealed seal(SecretKey key, byte[] plaintext, byte[] associatedData) {
    byte[] nonce = randomBytes(NONCE_BYTES);
    try {
      Cipher cipher = cipher(Cipher.ENCRYPT_MODE, key, nonce, associatedData);
      return new Sealed(nonce, cipher.doFinal(plaintext));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM sealing is not available in this JDK", e);
    }
  }

  static byte[] open(SecretKey key, Sealed sealed, byte[] associatedData, String what) {
    try {
      Cipher cipher = cipher(Cipher.DECRYPT_MODE, key, sealed.nonce(), associatedData);
      return cipher.doFinal(sealed.ciphertext());
    } catch (AEADBadTagException e) {
      throw new SealBrokenException(what, e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM opening is not available in this JDK", e);
    }
  }

  /** HMAC-SHA256 of {@code label} under {@code key}, in hex: a fingerprint revealing nothing. */
  static String checkValue(byte[] key, byte[] label) {
    try {
      javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return java.util.HexFormat.of().formatHex(mac.doFinal(label));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available in this JDK", e);
    }
  }

  private static Cipher cipher(int mode, SecretKey key, byte[] nonce, byte[] associatedData)
      throws GeneralSecurityException {
    Cipher cipher = Cipher.getInstance(TRANSFORMATION);
    cipher.init(mode, key, new GCMParameterSpec(TAG_BYTES * 8, nonce));
    cipher.updateAAD(associatedData);
    return cipher;
  }
}
