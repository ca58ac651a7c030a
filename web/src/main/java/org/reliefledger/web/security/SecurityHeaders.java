package org.reliefledger.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Headers that keep browsers from leaking or framing what the fund sees: everything is served by
 * the application itself (no third-party origin is allowed), no page can be framed, and no address
 * is sent on as a referrer; over HTTPS, browsers are told to use nothing else (HSTS).
 */
@WebFilter("/*")
public class SecurityHeaders extends HttpFilter {

  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; "
          + "form-action 'self'; frame-ancestors 'none'";

  /** One year: once a browser has met the fund over HTTPS, it never tries plain HTTP again. */
  static final long HSTS_MAX_AGE_SECONDS = 31_536_000;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader("Cache-Control", "no-store");
    if (Https.requested(request)) {
      response.setHeader("Strict-Transport-Security", "max-age=" + HSTS_MAX_AGE_SECONDS);
    }
    chain.doFilter(request, response);
  }
}
