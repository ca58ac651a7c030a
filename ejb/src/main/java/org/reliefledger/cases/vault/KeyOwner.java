package org.reliefledger.cases.vault;

import java.nio.charset.StandardCharsets;

/**
 * Whose data key it is: a case, or a donor (the donor of one donation). The owner is part of every
 * binding of the key and its values, so a wrapped key or a sealed value copied to another owner
 * does not open.
 *
 * @param kind {@code case} or {@code donor}
 * @param id the case's or the donation's database id
 */
public record KeyOwner(String kind, long id) {

  private static final String CASE = "case";
  private static final String DONOR = "donor";

  public KeyOwner {
    if (!CASE.equals(kind) && !DONOR.equals(kind)) {
      throw new IllegalArgumentException("a key belongs to a case or a donor");
    }
    if (id <= 0) {
      throw new IllegalArgumentException("a " + kind + " id is positive");
    }
  }

  public static KeyOwner ofCase(long caseId) {
    return new KeyOwner(CASE, caseId);
  }

  /** The donor of donation {@code donationId}. */
  public static KeyOwner ofDonor(long donationId) {
    return new KeyOwner(DONOR, donationId);
  }

  /** The associated data of this owner's data key wrapped by master key {@code masterKeyId}. */
  byte[] wrapAssociatedData(String masterKeyId) {
    return ("relief-ledger/vault/v1/data-key/" + kind + "/" + id + "/master/" + masterKeyId)
        .getBytes(StandardCharsets.UTF_8);
  }
}
