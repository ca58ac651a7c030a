package org.reliefledger.web.security;

import jakarta.ejb.EJB;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.reliefledger.cases.vault.control.LockdownState;

/**
 * Signs out every session that began before the latest lockdown: a session remembers the lockdown
 * generation it saw first, and is invalidated once the database's generation (polled by {@link
 * LockdownState} on every instance) is newer. The next request finds no session and goes to the
 * sign-in page. During a lockdown the intake screens and report downloads lead to the vault screen.
 */
@WebFilter("/*")
public class LockdownSignOut extends HttpFilter {

  private static final long serialVersionUID = 1L;
  static final String GENERATION = "relief.lockdown.generation";

  @EJB LockdownState lockdown;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpSession session = request.getSession(false);
    if (session != null) {
      long current = lockdown.generation();
      Object seen = session.getAttribute(GENERATION);
      if (seen instanceof Long generation && generation < current) {
        session.invalidate();
        response.sendRedirect(request.getContextPath() + "/login.xhtml");
        return;
      }
      if (seen == null) {
        session.setAttribute(GENERATION, current);
      }
    }
    if (lockdown.isLocked() && isPausedScreen(request.getServletPath())) {
      response.sendRedirect(request.getContextPath() + "/vault.xhtml");
      return;
    }
    chain.doFilter(request, response);
  }

  /** Intake, case pages and report downloads pause during a lockdown, as in the API. */
  static boolean isPausedScreen(String servletPath) {
    return servletPath.startsWith("/intake/") || servletPath.startsWith("/ledger/reports");
  }
}
