package org.reliefledger.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * Warns the operator, once per start, when the application is reached by a name other than this
 * machine's own over plain HTTP with no TLS proxy saying {@code X-Forwarded-Proto: https}:
 * passwords and session cookies then cross the network readable. The request is served as usual; a
 * newcomer trying it on localhost sees no warning.
 */
@WebFilter("/*")
public class PlainHttpWarning extends HttpFilter {

  private static final Logger LOG = Logger.getLogger(PlainHttpWarning.class.getName());
  private static final AtomicBoolean WARNED = new AtomicBoolean();

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!Https.requested(request)
        && !isThisMachine(request.getServerName())
        && WARNED.compareAndSet(false, true)) {
      LOG.warning(
          "Relief Ledger is being used over plain HTTP from the network: passwords and session"
              + " cookies travel unencrypted. Put a TLS proxy in front that sends"
              + " X-Forwarded-Proto: https (README, 'Running behind a TLS proxy';"
              + " docs/deploy.md).");
    }
    chain.doFilter(request, response);
  }

  /** Names that reach only this machine: loopback addresses and {@code localhost}. */
  static boolean isThisMachine(String serverName) {
    String name = serverName == null ? "" : serverName.toLowerCase(Locale.ROOT);
    return name.equals("localhost")
        || name.endsWith(".localhost")
        || name.startsWith("127.")
        || name.equals("::1")
        || name.equals("[::1]");
  }
}
