package org.reliefledger.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.reliefledger.identity.control.SessionGenerations;

/**
 * Checks on every request that its user still stands as when they signed in, reading the database
 * (so a change made through any instance counts on all): a disabled account or a raised session
 * generation ends the session (screens) or refuses the credentials (API); a user whose password was
 * reset may do nothing but choose a new one.
 */
@WebFilter("/*")
public class AccountStanding extends HttpFilter {

  static final String OWN_PASSWORD_API = "/api/v1/users/me/password";
  static final String ACCOUNT_PAGE = "/account.xhtml";

  /** What a user who must change their password may still reach on the screens. */
  private static final Set<String> OPEN_DURING_CHANGE =
      Set.of(ACCOUNT_PAGE, ReliefAuthentication.LOGIN_PAGE, ReliefAuthentication.EXPIRED_PAGE);

  @Inject SessionGenerations generations;

  @Inject RecentlyVerified recentlyVerified;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    var who = SignedIn.of(request);
    if (who.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    boolean api = path.startsWith(ReliefAuthentication.API_PREFIX);
    var standing = generations.standing(who.get().username());
    if (standing.isEmpty() || !standing.get().admits(who.get().generation())) {
      end(request, response, who.get(), api);
      return;
    }
    if (standing.get().passwordChangeRequired() && !mayChangePassword(path, api)) {
      if (api) {
        JsonRefusal.send(
            response,
            HttpServletResponse.SC_FORBIDDEN,
            "password_change_required",
            "Choose a new password first: PUT /api/v1/users/me/password.");
      } else {
        response.sendRedirect(request.getContextPath() + ACCOUNT_PAGE);
      }
      return;
    }
    chain.doFilter(request, response);
  }

  private void end(
      HttpServletRequest request, HttpServletResponse response, SignedIn who, boolean api)
      throws IOException {
    if (api) {
      recentlyVerified.forget(who.username());
      ReliefAuthentication.askForCredentials(
          response, "signed_out", "This account changed or was signed out; sign in again.");
      return;
    }
    var session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    response.sendRedirect(request.getContextPath() + ReliefAuthentication.LOGIN_PAGE);
  }

  private static boolean mayChangePassword(String path, boolean api) {
    return api
        ? path.equals(OWN_PASSWORD_API)
        : OPEN_DURING_CHANGE.contains(path)
            || path.startsWith("/jakarta.faces.resource/")
            || path.startsWith("/static/");
  }
}
