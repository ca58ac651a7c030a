package org.reliefledger.web.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** An API error answered before JAX-RS sees the request, in the API's error shape. */
final class JsonRefusal {

  private JsonRefusal() {}

  /**
   * @param message a fixed sentence of ours (it is not escaped)
   */
  static void send(HttpServletResponse response, int status, String error, String message) {
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    try {
      response.getWriter().write("{\"error\":\"" + error + "\",\"message\":\"" + message + "\"}");
    } catch (IOException clientWentAway) {
      // Nothing to tell a client that is gone; the request is refused either way.
    }
  }
}
