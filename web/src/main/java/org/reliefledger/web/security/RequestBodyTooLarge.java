package org.reliefledger.web.security;

/** A request body of unannounced length went past the limit while being read: answered with 413. */
public class RequestBodyTooLarge extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final long maxBytes;

  public RequestBodyTooLarge(long maxBytes) {
    super("request body over " + maxBytes + " bytes", null, false, false);
    this.maxBytes = maxBytes;
  }

  public long maxBytes() {
    return maxBytes;
  }
}
