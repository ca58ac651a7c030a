package org.reliefledger.cases.vault.boundary;

import java.time.Instant;
import org.reliefledger.cases.vault.PiiRecord;

/** What {@link Vault#readPii} found; mapped to HTTP in one place in {@code web}. */
public sealed interface PiiReading {

  /** The case's details (all fields absent when intake kept none); the read was audited. */
  record Revealed(PiiRecord pii) implements PiiReading {}

  record NoSuchCase() implements PiiReading {}

  /** The caller is not an intake user assigned to the case. */
  record Forbidden() implements PiiReading {}

  /** The case was shredded: its details are gone for good. */
  record Gone(Instant shreddedAt) implements PiiReading {}
}
