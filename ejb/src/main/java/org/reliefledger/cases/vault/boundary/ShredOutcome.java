package org.reliefledger.cases.vault.boundary;

import java.time.Instant;

/** What {@link Vault#shred} did; mapped to HTTP in one place in {@code web}. */
public sealed interface ShredOutcome {

  /** The case's key is destroyed (now, or by an earlier shred). */
  record Shredded(Instant shreddedAt) implements ShredOutcome {}

  record NoSuchCase() implements ShredOutcome {}

  /** The caller is neither an admin nor an intake user assigned to the case. */
  record Forbidden() implements ShredOutcome {}
}
