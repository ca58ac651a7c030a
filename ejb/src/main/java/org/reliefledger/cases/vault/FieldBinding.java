package org.reliefledger.cases.vault;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Where a sealed value belongs: the owner of its data key (a case or a donor) and a field of it. It
 * is authenticated with the value (as AES-GCM associated data), so a ciphertext copied to another
 * owner or another field does not open.
 *
 * @param owner the case or donor whose data key seals the value
 * @param field a short name such as {@code pii} or {@code justification/request/350}
 */
public record FieldBinding(KeyOwner owner, String field) {

  private static final Pattern FIELD = Pattern.compile("[a-z0-9][a-z0-9/_-]{0,99}");

  public FieldBinding {
    if (owner == null) {
      throw new IllegalArgumentException("a sealed value has an owner");
    }
    if (field == null || !FIELD.matcher(field).matches()) {
      throw new IllegalArgumentException("a field name is lower-case letters, digits, / _ -");
    }
  }

  /** A field of a case. */
  public FieldBinding(long caseId, String field) {
    this(KeyOwner.ofCase(caseId), field);
  }

  /** The binding of a case's identifying details (name, phone, address, notes). */
  public static FieldBinding pii(long caseId) {
    return new FieldBinding(caseId, "pii");
  }

  /** The binding of the free-text justification of one disbursement request of the case. */
  public static FieldBinding justification(long caseId, long requestId) {
    return new FieldBinding(caseId, "justification/request/" + positive(requestId));
  }

  /** The binding of the payment instructions of one disbursement request of the case. */
  public static FieldBinding paymentInstructions(long caseId, long requestId) {
    return new FieldBinding(caseId, "payment-instructions/request/" + positive(requestId));
  }

  /**
   * The binding of a note of one kind (a vote comment, a recusal reason ...) that {@code author}
   * wrote about one request of the case. The author enters as a digest, so any user name fits.
   */
  public static FieldBinding requestNote(long caseId, long requestId, String kind, String author) {
    return new FieldBinding(
        caseId,
        "note/request/"
            + positive(requestId)
            + "/"
            + kind.toLowerCase(Locale.ROOT).replace('_', '-')
            + "/"
            + digest(author));
  }

  /** The binding of the name and e-mail of the donor of one donation. */
  public static FieldBinding donorDetails(long donationId) {
    return new FieldBinding(KeyOwner.ofDonor(donationId), "details");
  }

  byte[] associatedData() {
    return ("relief-ledger/vault/v1/" + owner.kind() + "/" + owner.id() + "/field/" + field)
        .getBytes(StandardCharsets.UTF_8);
  }

  private static long positive(long requestId) {
    if (requestId <= 0) {
      throw new IllegalArgumentException("a request id is positive");
    }
    return requestId;
  }

  private static String digest(String author) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(author.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 16);
    } catch (NoSuchAlgorithmException everyJvmHasIt) {
      throw new IllegalStateException("SHA-256 is not available", everyJvmHasIt);
    }
  }
}
