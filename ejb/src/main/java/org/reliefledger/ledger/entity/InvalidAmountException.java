package org.reliefledger.ledger.entity;

/**
 * A decimal string that is not an exact, representable amount of money. The message is a human
 * sentence meant for the client (HTTP 422); it never repeats the input.
 */
public class InvalidAmountException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  public InvalidAmountException(String message) {
    super(message);
  }
}
