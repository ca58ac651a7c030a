package org.reliefledger.web.security;

import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.Optional;
import java.util.Set;

/**
 * Who a request acts for and the session generation their sign-in (or password check) began under:
 * kept in the HTTP session after a login form, or on the request itself for an API call. {@link
 * AccountStanding} compares the generation with the database's on every request.
 */
public record SignedIn(String username, Set<String> roles, long generation)
    implements Serializable {

  static final String SESSION_ATTRIBUTE = SignedIn.class.getName();
  static final String REQUEST_ATTRIBUTE = SignedIn.class.getName() + ".request";

  public SignedIn {
    roles = Set.copyOf(roles);
  }

  /** The same person, going on under a new generation (after changing their own password). */
  public SignedIn under(long newGeneration) {
    return new SignedIn(username, roles, newGeneration);
  }

  /** Who {@code request} acts for: its API credentials, or else its session's sign-in. */
  public static Optional<SignedIn> of(HttpServletRequest request) {
    if (request.getAttribute(REQUEST_ATTRIBUTE) instanceof SignedIn api) {
      return Optional.of(api);
    }
    var session = request.getSession(false);
    return session != null && session.getAttribute(SESSION_ATTRIBUTE) instanceof SignedIn who
        ? Optional.of(who)
        : Optional.empty();
  }

  /** Lets the session's sign-in go on under {@code newGeneration}. */
  public static void carryOn(HttpServletRequest request, long newGeneration) {
    var session = request.getSession(false);
    if (session != null && session.getAttribute(SESSION_ATTRIBUTE) instanceof SignedIn who) {
      session.setAttribute(SESSION_ATTRIBUTE, who.under(newGeneration));
    }
  }
}
