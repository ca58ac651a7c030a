package org.reliefledger.cases.vault.control;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.time.Instant;
import java.util.Optional;
import org.reliefledger.cases.vault.DataKey;
import org.reliefledger.cases.vault.FieldBinding;
import org.reliefledger.cases.vault.KeyOwner;
import org.reliefledger.cases.vault.entity.DonorKey;
import org.reliefledger.giving.entity.Donor;

/**
 * Seals and opens donors' details, each donor (of one donation) under a data key of their own. It
 * decides nothing about who may read: the {@code Vault} boundary does that before calling here.
 */
@Stateless
public class SealedDonors {

  private static final String NAME = "name";
  private static final String EMAIL = "email";

  @PersistenceContext EntityManager em;

  @EJB VaultKeys keys;

  public void seal(long donationId, Donor donor) {
    DataKey dataKey = DataKey.generate();
    KeyOwner owner = KeyOwner.ofDonor(donationId);
    em.persist(
        new DonorKey(
            donationId,
            keys.keyringForWrapping().wrap(dataKey, owner),
            dataKey.sealText(encode(donor), FieldBinding.donorDetails(donationId)),
            Instant.now()));
  }

  /** The donor of donation {@code donationId}; empty when none was sealed. */
  public Optional<Donor> open(long donationId) {
    DonorKey stored = em.find(DonorKey.class, donationId);
    if (stored == null) {
      return Optional.empty();
    }
    DataKey dataKey =
        keys.keyringHolding(stored.masterKeyId()).unwrap(stored.wrapped(), stored.owner());
    return Optional.of(
        decode(dataKey.openText(stored.details(), FieldBinding.donorDetails(donationId))));
  }

  private static String encode(Donor donor) {
    JsonObjectBuilder details = Json.createObjectBuilder();
    if (donor.name() != null) {
      details.add(NAME, donor.name());
    }
    if (donor.email() != null) {
      details.add(EMAIL, donor.email());
    }
    return details.build().toString();
  }

  private static Donor decode(String sealed) {
    try (var reader = Json.createReader(new StringReader(sealed))) {
      JsonObject details = reader.readObject();
      return new Donor(details.getString(NAME, null), details.getString(EMAIL, null));
    }
  }
}
