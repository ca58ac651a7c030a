package org.reliefledger.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * The one authentication mechanism of the application (Jakarta Security 3 allows one), with two
 * faces: under {@code /api/} every request carries HTTP Basic credentials and sessions are ignored
 * (so a browser's cookie can never authorize an API call); everywhere else a login form signs a
 * person in and the HTTP session remembers them.
 */
@ApplicationScoped
public class ReliefAuthentication implements HttpAuthenticationMechanism {

  static final String API_PREFIX = "/api/";
  static final String PUBLIC_API_PATH = "/api/v1/health";
  static final String LOGIN_PAGE = "/login.xhtml";
  static final String EXPIRED_PAGE = "/expired.xhtml";

  @Inject AccountIdentityStore accounts;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith(API_PREFIX)
        ? api(request, response, context, path)
        : screens(request, context);
  }

  private AuthenticationStatus api(
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context,
      String path) {
    Optional<UsernamePasswordCredential> basic = BasicCredentials.from(request);
    if (basic.isPresent()) {
      Optional<SignedIn> who = accounts.verify(basic.get());
      if (who.isPresent()) {
        request.setAttribute(SignedIn.REQUEST_ATTRIBUTE, who.get());
        return context.notifyContainerAboutLogin(who.get().username(), who.get().roles());
      }
      return unauthorized(response, "Wrong user name or password.");
    }
    if (path.equals(PUBLIC_API_PATH)) {
      return context.doNothing();
    }
    return unauthorized(response, "Sign in first: this endpoint needs a user name and password.");
  }

  private AuthenticationStatus screens(HttpServletRequest request, HttpMessageContext context) {
    if (context.isAuthenticationRequest()
        && context.getAuthParameters().getCredential()
            instanceof UsernamePasswordCredential credential) {
      Optional<SignedIn> who = accounts.verify(credential);
      if (who.isEmpty()) {
        return AuthenticationStatus.SEND_FAILURE;
      }
      request.changeSessionId();
      request.getSession().setAttribute(SignedIn.SESSION_ATTRIBUTE, who.get());
      return context.notifyContainerAboutLogin(who.get().username(), who.get().roles());
    }
    var session = request.getSession(false);
    if (session != null
        && session.getAttribute(SignedIn.SESSION_ATTRIBUTE) instanceof SignedIn who) {
      return context.notifyContainerAboutLogin(who.username(), who.roles());
    }
    if (context.isProtected()) {
      // A cookie naming a session the server no longer has: the session timed out.
      boolean timedOut =
          request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
      return context.redirect(request.getContextPath() + (timedOut ? EXPIRED_PAGE : LOGIN_PAGE));
    }
    return context.doNothing();
  }

  private static AuthenticationStatus unauthorized(HttpServletResponse response, String message) {
    askForCredentials(response, "unauthorized", message);
    return AuthenticationStatus.SEND_FAILURE;
  }

  /** A 401 that asks an API client for (new) HTTP Basic credentials. */
  static void askForCredentials(HttpServletResponse response, String error, String message) {
    response.setHeader("WWW-Authenticate", "Basic realm=\"Relief Ledger\", charset=\"UTF-8\"");
    JsonRefusal.send(response, HttpServletResponse.SC_UNAUTHORIZED, error, message);
  }

  /** HTTP Basic credentials from the Authorization header, if well formed. */
  static final class BasicCredentials {
    private BasicCredentials() {}

    static Optional<UsernamePasswordCredential> from(HttpServletRequest request) {
      String header = request.getHeader("Authorization");
      if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
        return Optional.empty();
      }
      try {
        String decoded =
            new String(
                Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        int colon = decoded.indexOf(':');
        return colon <= 0
            ? Optional.empty()
            : Optional.of(
                new UsernamePasswordCredential(
                    decoded.substring(0, colon), decoded.substring(colon + 1)));
      } catch (IllegalArgumentException notBase64) {
        return Optional.empty();
      }
    }
  }
}
