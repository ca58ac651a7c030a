package org.reliefledger.web.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The short program of an adversary who holds the server's key file and every file of its database
 * (table files, WAL segments, H2's file), written apart from the vault's code: it knows only the
 * published format. It finds wrapped data keys by their shape in the raw bytes and tries each one
 * against every master key of the key file and every case id's binding.
 *
 * <p>A wrapped data key is stored as the id of its master key ({@code mk-} and 16 hex digits), a
 * 12-byte nonce and 48 bytes (the 32-byte key and the GCM tag), each with its engine's value
 * header: PostgreSQL's one-byte varlena headers ({@code 0x1b} for 12 bytes, {@code 0x63} for 48),
 * H2's value tags ({@code 0x70} for 12 bytes, {@code 0x0c} and length {@code 0x30} for 48).
 */
public final class RawFileAttack {

  /** A wrapped data key found in the raw bytes: the id it names, its nonce and its ciphertext. */
  public record Candidate(String masterKeyId, byte[] nonce, byte[] wrapped) {

    @Override
    public boolean equals(Object other) {
      return other instanceof Candidate that
          && masterKeyId.equals(that.masterKeyId)
          && Arrays.equals(nonce, that.nonce)
          && Arrays.equals(wrapped, that.wrapped);
    }

    @Override
    public int hashCode() {
      return masterKeyId.hashCode() * 31 + Arrays.hashCode(wrapped);
    }
  }

  private static final byte[] ID_PREFIX = "mk-".getBytes(StandardCharsets.US_ASCII);
  private static final int ID_LENGTH = 19;
  private static final int NONCE = 12;
  private static final int WRAPPED = 48;

  /** The header bytes in front of the 12-byte nonce and of the 48-byte wrapped key. */
  private record Layout(byte[] nonceHeader, byte[] wrappedHeader) {}

  private static final List<Layout> LAYOUTS =
      List.of(
          new Layout(new byte[] {0x1b}, new byte[] {0x63}),
          new Layout(new byte[] {0x70}, new byte[] {0x0c, 0x30}));

  private RawFileAttack() {}

  /** The master keys of a key file: {@code <id> <base64>} lines, comments skipped. */
  public static Map<String, byte[]> masterKeys(Path keyFile) throws IOException {
    Map<String, byte[]> keys = new HashMap<>();
    for (String line : Files.readAllLines(keyFile, StandardCharsets.US_ASCII)) {
      String[] parts = line.strip().split("\\s+");
      if (parts.length == 2 && !parts[0].startsWith("#")) {
        keys.put(parts[0], Base64.getDecoder().decode(parts[1]));
      }
    }
    return keys;
  }

  /** Every wrapped data key the files hold, under any master key id, each once. */
  public static Set<Candidate> candidates(Collection<Path> files) throws IOException {
    Set<Candidate> found = new LinkedHashSet<>();
    for (Path file : files) {
      byte[] bytes = Files.readAllBytes(file);
      for (int at = indexOf(bytes, 0); at >= 0; at = indexOf(bytes, at + 1)) {
        if (isKeyId(bytes, at)) {
          afterKeyId(bytes, at, found);
        }
      }
    }
    return found;
  }

  /**
   * The data keys that open: by case id, each key's raw material, for every candidate, master key
   * and case id.
   */
  public static Map<Long, List<byte[]>> open(
      Set<Candidate> candidates, Map<String, byte[]> masterKeys, Collection<Long> caseIds)
      throws GeneralSecurityException {
    Map<Long, List<byte[]>> opened = new HashMap<>();
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    for (Candidate candidate : candidates) {
      byte[] masterKey = masterKeys.get(candidate.masterKeyId());
      if (masterKey == null) {
        // the id is bound into the wrapping: no other key can open it
        continue;
      }
      SecretKeySpec key = new SecretKeySpec(masterKey, "AES");
      for (long caseId : caseIds) {
        byte[] bound =
            ("relief-ledger/vault/v1/data-key/case/"
                    + caseId
                    + "/master/"
                    + candidate.masterKeyId())
                .getBytes(StandardCharsets.UTF_8);
        byte[] dataKey = tryOpen(cipher, key, candidate.nonce(), candidate.wrapped(), bound);
        if (dataKey != null) {
          opened.computeIfAbsent(caseId, id -> new ArrayList<>()).add(dataKey);
        }
      }
    }
    return opened;
  }

  /** A case's sealed details opened with a data key, as text (padding and lengths included). */
  static String openDetails(byte[] dataKey, byte[] nonce, byte[] sealed, long caseId)
      throws GeneralSecurityException {
    byte[] bound =
        ("relief-ledger/vault/v1/case/" + caseId + "/field/pii").getBytes(StandardCharsets.UTF_8);
    byte[] clear =
        tryOpen(
            Cipher.getInstance("AES/GCM/NoPadding"),
            new SecretKeySpec(dataKey, "AES"),
            nonce,
            sealed,
            bound);
    return clear == null ? "" : new String(clear, StandardCharsets.UTF_8);
  }

  private static byte[] tryOpen(
      Cipher cipher, SecretKeySpec key, byte[] nonce, byte[] sealed, byte[] bound)
      throws GeneralSecurityException {
    cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, nonce));
    cipher.updateAAD(bound);
    try {
      return cipher.doFinal(sealed);
    } catch (AEADBadTagException wrongKeyOrBinding) {
      return null;
    }
  }

  private static void afterKeyId(byte[] bytes, int idAt, Set<Candidate> found) {
    String id = new String(bytes, idAt, ID_LENGTH, StandardCharsets.US_ASCII);
    int at = idAt + ID_LENGTH;
    for (Layout layout : LAYOUTS) {
      int nonceAt = at + layout.nonceHeader().length;
      int wrappedAt = nonceAt + NONCE + layout.wrappedHeader().length;
      if (wrappedAt + WRAPPED <= bytes.length
          && startsWith(bytes, at, layout.nonceHeader())
          && startsWith(bytes, nonceAt + NONCE, layout.wrappedHeader())) {
        found.add(
            new Candidate(
                id,
                Arrays.copyOfRange(bytes, nonceAt, nonceAt + NONCE),
                Arrays.copyOfRange(bytes, wrappedAt, wrappedAt + WRAPPED)));
      }
    }
  }

  private static boolean isKeyId(byte[] bytes, int at) {
    if (at + ID_LENGTH > bytes.length) {
      return false;
    }
    for (int i = at + ID_PREFIX.length; i < at + ID_LENGTH; i++) {
      byte b = bytes[i];
      if (!(b >= '0' && b <= '9' || b >= 'a' && b <= 'f')) {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(byte[] bytes, int from) {
    for (int i = from; i <= bytes.length - ID_PREFIX.length; i++) {
      if (startsWith(bytes, i, ID_PREFIX)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean startsWith(byte[] bytes, int at, byte[] prefix) {
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[at + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
