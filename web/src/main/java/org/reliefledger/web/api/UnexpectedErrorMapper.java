package org.reliefledger.web.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything unforeseen → 500 with an incident number and no details. The log gets the exception
 * types and stack frames but not their messages: messages of database and library exceptions may
 * quote the values (possibly personal data) that were being processed.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

  @Override
  public Response toResponse(Throwable exception) {
    return incident(exception);
  }

  static Response incident(Throwable exception) {
    String incident = UUID.randomUUID().toString().substring(0, 8);
    if (LOG.isLoggable(Level.SEVERE)) {
      LOG.severe("Incident " + incident + ": " + withoutMessages(exception));
    }
    return Responses.error(
        500,
        "internal_error",
        "Something went wrong on our side. It was logged as incident " + incident + ".",
        null);
  }

  static String withoutMessages(Throwable exception) {
    var text = new StringBuilder();
    for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
      text.append(t == exception ? "" : "\n caused by ").append(t.getClass().getName());
      for (StackTraceElement frame : t.getStackTrace()) {
        text.append("\n   at ").append(frame);
      }
    }
    return text.toString();
  }
}
