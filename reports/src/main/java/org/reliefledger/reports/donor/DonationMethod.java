package org.reliefledger.reports.donor;

/** How a gift was paid; the rows of "money in". */
public enum DonationMethod {
  CASH("Cash"),
  CHECK("Check"),
  CARD("Card"),
  PAYMENT_APP("Payment app"),
  BANK_TRANSFER("Bank transfer");

  private final String label;

  DonationMethod(String label) {
    this.label = label;
  }

  /** The row label shown in the workbook. */
  public String label() {
    return label;
  }
}
