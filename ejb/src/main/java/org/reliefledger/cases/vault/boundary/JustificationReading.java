package org.reliefledger.cases.vault.boundary;

/** What {@link Vault#justification} found; mapped to HTTP in one place in {@code web}. */
public sealed interface JustificationReading {

  /** The justification in clear; the read was audited. */
  record Revealed(String justification) implements JustificationReading {
    @Override
    public String toString() {
      return "Revealed[redacted]";
    }
  }

  record NoSuchRequest() implements JustificationReading {}

  /** The caller is not a committee member who may vote on the request. */
  record Forbidden() implements JustificationReading {}

  /** None was kept, or the case was shredded. */
  record Gone() implements JustificationReading {}
}
