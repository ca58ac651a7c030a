package org.reliefledger.cases.entity;

/**
 * Household size in coarse bands: the exact number of people would help re-identify a household,
 * the band is enough for decisions and reports.
 */
public enum HouseholdSizeBand {
  ONE(1, 1),
  TWO_TO_THREE(2, 3),
  FOUR_TO_FIVE(4, 5),
  SIX_OR_MORE(6, Integer.MAX_VALUE);

  /** Largest household the application accepts; anything above is a typing mistake. */
  public static final int MAX_HOUSEHOLD_SIZE = 30;

  private final int smallest;
  private final int largest;

  HouseholdSizeBand(int smallest, int largest) {
    this.smallest = smallest;
    this.largest = largest;
  }

  /** The band of a household of {@code size} people (1 to {@value #MAX_HOUSEHOLD_SIZE}). */
  public static HouseholdSizeBand of(int size) {
    if (size < 1 || size > MAX_HOUSEHOLD_SIZE) {
      throw new IllegalArgumentException(
          "household size must be between 1 and " + MAX_HOUSEHOLD_SIZE);
    }
    for (var band : values()) {
      if (size >= band.smallest && size <= band.largest) {
        return band;
      }
    }
    throw new AssertionError("bands cover 1.." + MAX_HOUSEHOLD_SIZE);
  }
}
