package org.reliefledger.reports;

/** What a disbursement paid for; the columns of the donor and transparency reports. */
public enum SpendingCategory {
  RENT("Rent"),
  UTILITIES("Utilities"),
  FOOD("Food"),
  MEDICAL("Medical"),
  LEGAL("Legal"),
  TRANSPORT("Transport"),
  OTHER("Other");

  private final String label;

  SpendingCategory(String label) {
    this.label = label;
  }

  /** The heading shown in a workbook. */
  public String label() {
    return label;
  }
}
