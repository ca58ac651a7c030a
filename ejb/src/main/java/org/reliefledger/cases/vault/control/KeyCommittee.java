package org.reliefledger.cases.vault.control;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.reliefledger.cases.vault.RootKey;

/**
 * The committee's current split of the root key, as the database keeps it ({@code
 * vault_committee}): k, n and the root key's check value, never a share or the key; and whether a
 * shred made while sealed still waits for its master key rotation.
 */
@Stateless
public class KeyCommittee {

  @PersistenceContext EntityManager em;

  /** The current split: k of n, and the check value joined shares must match. */
  public record Split(int threshold, int holders, String rootCheckValue, boolean rotationPending) {}

  public Optional<Split> current() {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT threshold, holders, root_check_value, rotation_pending"
                    + " FROM vault_committee WHERE id = 1")
            .getResultList();
    return rows.stream()
        .findFirst()
        .map(
            row ->
                new Split(
                    ((Number) row[0]).intValue(),
                    ((Number) row[1]).intValue(),
                    (String) row[2],
                    Boolean.TRUE.equals(row[3])));
  }

  /** Records a new split of {@code root}; the shares of any older split no longer open it. */
  public void record(RootKey root, int threshold, int holders) {
    var now = Instant.now().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    int updated =
        em.createNativeQuery(
                "UPDATE vault_committee SET threshold = ?, holders = ?, root_check_value = ?,"
                    + " split_at = ? WHERE id = 1")
            .setParameter(1, threshold)
            .setParameter(2, holders)
            .setParameter(3, root.checkValue())
            .setParameter(4, now)
            .executeUpdate();
    if (updated == 0) {
      em.createNativeQuery(
              "INSERT INTO vault_committee (id, threshold, holders, root_check_value, split_at,"
                  + " rotation_pending) VALUES (1, ?, ?, ?, ?, FALSE)")
          .setParameter(1, threshold)
          .setParameter(2, holders)
          .setParameter(3, root.checkValue())
          .setParameter(4, now)
          .executeUpdate();
    }
  }

  /** A shred happened while sealed: the next unseal rotates the master key first. */
  public void rotationPending(boolean pending) {
    em.createNativeQuery("UPDATE vault_committee SET rotation_pending = ? WHERE id = 1")
        .setParameter(1, pending)
        .executeUpdate();
  }
}
