package org.reliefledger.web.api;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;
import org.reliefledger.web.security.RequestBodyTooLarge;

/** A body cut off at the size limit while being read: 413, as when its length was announced. */
@Provider
public class RequestBodyTooLargeMapper implements ExceptionMapper<RequestBodyTooLarge> {

  @Override
  public Response toResponse(RequestBodyTooLarge exception) {
    return tooLarge(exception);
  }

  static Response tooLarge(RequestBodyTooLarge exception) {
    return Responses.error(
        413,
        "payload_too_large",
        "The request body is larger than " + exception.maxBytes() + " bytes.",
        null);
  }

  /** The reader may wrap the cut-off into a {@link ProcessingException}: look through it. */
  static Optional<RequestBodyTooLarge> within(Throwable exception) {
    for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof RequestBodyTooLarge tooLarge) {
        return Optional.of(tooLarge);
      }
    }
    return Optional.empty();
  }
}
