package org.reliefledger.disbursement.entity;

import java.util.Objects;

/**
 * Whom the treasurer pays for a request and how: the payee's name, the method, the account or
 * handle, a mailing address and a memo line. They name a landlord or the household itself, so they
 * exist in clear only in memory between intake, the vault and the treasurer; they are stored only
 * sealed under the case's key. Guarantees: a payee name and a method are always present, the other
 * fields are null or non-blank and within their lengths. {@link #toString()} prints no value.
 */
public record PaymentInstructions(
    String payeeName, PayoutMethod method, String account, String address, String memo) {

  public static final int MAX_PAYEE_NAME = 200;
  public static final int MAX_ACCOUNT = 100;
  public static final int MAX_ADDRESS = 500;
  public static final int MAX_MEMO = 200;

  /**
   * @throws InvalidInstructions naming the field that is missing or too long
   */
  public PaymentInstructions {
    payeeName = kept(payeeName, "payeeName", MAX_PAYEE_NAME);
    if (payeeName == null) {
      throw new InvalidInstructions("payeeName", "give the payee's name");
    }
    if (method == null) {
      throw new InvalidInstructions(
          "method", "one of CHECK, BANK_TRANSFER, ZELLE, VENMO, CASH_APP, CASH, OTHER");
    }
    account = kept(account, "account", MAX_ACCOUNT);
    address = kept(address, "address", MAX_ADDRESS);
    memo = kept(memo, "memo", MAX_MEMO);
  }

  private static String kept(String value, String field, int maxLength) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String stripped = value.strip();
    if (stripped.length() > maxLength) {
      throw new InvalidInstructions(field, "at most " + maxLength + " characters");
    }
    return stripped;
  }

  @Override
  public String toString() {
    return "PaymentInstructions[" + method + ", redacted]";
  }

  /** A field the instructions cannot hold; the message never quotes the value. */
  public static final class InvalidInstructions extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public InvalidInstructions(String field, String message) {
      super(field + ": " + message);
      this.field = Objects.requireNonNull(field, "field");
    }

    public String field() {
      return field;
    }
  }
}
