package org.reliefledger.reports.anonymize;

/**
 * What one cell of a cross table aggregates.
 *
 * @param households the number of distinct households in the group (not the number of payments)
 * @param amountMinorUnits the sum of the amounts paid to the group, in minor units (cents)
 */
public record Group(int households, long amountMinorUnits) {

  public Group {
    if (households < 0) {
      throw new IllegalArgumentException("households must not be negative");
    }
  }

  public boolean isEmpty() {
    return households == 0 && amountMinorUnits == 0;
  }
}
