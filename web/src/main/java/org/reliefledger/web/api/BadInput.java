package org.reliefledger.web.api;

/**
 * A request field the API cannot turn into a domain value (an amount with three decimals, a posting
 * with both debit and credit ...). Thrown while reading a request, answered with 422 by {@link
 * BadInputMapper}. The message never quotes the field's value.
 */
public class BadInput extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String error;
  private final String field;

  public BadInput(String error, String message, String field) {
    super(message, null, false, false);
    this.error = error;
    this.field = field;
  }

  public String error() {
    return error;
  }

  public String field() {
    return field;
  }
}
