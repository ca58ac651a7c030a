package org.reliefledger.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Locale;

/**
 * Adds {@code SameSite=Strict}, {@code HttpOnly} and, over HTTPS, {@code Secure} to every cookie
 * the server sets, on the {@code Set-Cookie} header itself: Payara Micro ignores the SameSite of
 * web.xml, and whether the connection is HTTPS behind a proxy is only known per request.
 *
 * <p>The session cookie is written by the container when a session starts or changes its id, which
 * can happen before this filter (at sign-in) or inside the chain (Faces keeps its view state in the
 * session), so the headers are mended on the way in, after each session call and before the
 * response is committed.
 */
@WebFilter("/*")
public class SessionCookieFlags extends HttpFilter {

  private static final String SET_COOKIE = "Set-Cookie";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    boolean secure = Https.requested(request);
    mend(response, secure);
    var mendingResponse = new MendingResponse(response, secure);
    chain.doFilter(new MendingRequest(request, response, secure), mendingResponse);
    mend(response, secure);
  }

  static void mend(HttpServletResponse response, boolean secure) {
    if (response.isCommitted()) {
      return;
    }
    var cookies = new ArrayList<>(response.getHeaders(SET_COOKIE));
    if (cookies.isEmpty()) {
      return;
    }
    boolean first = true;
    for (String cookie : cookies) {
      String mended = withFlags(cookie, secure);
      if (first) {
        response.setHeader(SET_COOKIE, mended);
        first = false;
      } else {
        response.addHeader(SET_COOKIE, mended);
      }
    }
  }

  /** The cookie with the flags it lacks appended; flags it already has are left as they are. */
  static String withFlags(String cookie, boolean secure) {
    String lower = cookie.toLowerCase(Locale.ROOT).replace(" ", "");
    var mended = new StringBuilder(cookie);
    if (!lower.contains(";httponly")) {
      mended.append("; HttpOnly");
    }
    if (secure && !lower.contains(";secure")) {
      mended.append("; Secure");
    }
    if (!lower.contains(";samesite=")) {
      mended.append("; SameSite=Strict");
    }
    return mended.toString();
  }

  /** Mends the cookie headers right after the container may have added a session cookie. */
  private static final class MendingRequest extends HttpServletRequestWrapper {
    private final HttpServletResponse response;
    private final boolean secure;

    MendingRequest(HttpServletRequest request, HttpServletResponse response, boolean secure) {
      super(request);
      this.response = response;
      this.secure = secure;
    }

    @Override
    public HttpSession getSession(boolean create) {
      HttpSession session = super.getSession(create);
      mend(response, secure);
      return session;
    }

    @Override
    public HttpSession getSession() {
      return getSession(true);
    }

    @Override
    public String changeSessionId() {
      String id = super.changeSessionId();
      mend(response, secure);
      return id;
    }
  }

  /** Mends the cookie headers one last time before the first byte of the body commits them. */
  private static final class MendingResponse extends HttpServletResponseWrapper {
    private final boolean secure;

    MendingResponse(HttpServletResponse response, boolean secure) {
      super(response);
      this.secure = secure;
    }

    private HttpServletResponse mended() {
      var response = (HttpServletResponse) getResponse();
      mend(response, secure);
      return response;
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
      return mended().getOutputStream();
    }

    @Override
    public PrintWriter getWriter() throws IOException {
      return mended().getWriter();
    }

    @Override
    public void flushBuffer() throws IOException {
      mended().flushBuffer();
    }

    @Override
    public void sendRedirect(String location) throws IOException {
      mended().sendRedirect(location);
    }

    @Override
    public void sendError(int status) throws IOException {
      mended().sendError(status);
    }

    @Override
    public void sendError(int status, String message) throws IOException {
      mended().sendError(status, message);
    }
  }
}
