package org.reliefledger.web.security;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Whether the browser reached us over HTTPS: directly, or through a TLS proxy that says so with
 * {@code X-Forwarded-Proto: https}. Trusting the header is safe for what it decides here (a Secure
 * cookie, an HSTS header): a client that fakes it only makes its own cookie stricter.
 */
final class Https {

  private Https() {}

  static boolean requested(HttpServletRequest request) {
    return request.isSecure() || "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"));
  }
}
