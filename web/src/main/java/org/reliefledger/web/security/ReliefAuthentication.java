package org.reliefledger.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
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

  @Inject IdentityStoreHandler identityStores;

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
      CredentialValidationResult result = identityStores.validate(basic.get());
      if (result.getStatus() == CredentialValidationResult.Status.VALID) {
        return context.notifyContainerAboutLogin(result);
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
      CredentialValidationResult result = identityStores.validate(credential);
      if (result.getStatus() != CredentialValidationResult.Status.VALID) {
        return AuthenticationStatus.SEND_FAILURE;
      }
      request.changeSessionId();
      request
          .getSession()
          .setAttribute(
              SignedIn.SESSION_ATTRIBUTE,
              new SignedIn(result.getCallerPrincipal().getName(), result.getCallerGroups()));
      return context.notifyContainerAboutLogin(result);
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
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    response.setHeader("WWW-Authenticate", "Basic realm=\"Relief Ledger\", charset=\"UTF-8\"");
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    try {
      response.getWriter().write("{\"error\":\"unauthorized\",\"message\":\"" + message + "\"}");
    } catch (IOException clientWentAway) {
      // Nothing to tell a client that is gone; the request is refused either way.
    }
    return AuthenticationStatus.SEND_FAILURE;
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
