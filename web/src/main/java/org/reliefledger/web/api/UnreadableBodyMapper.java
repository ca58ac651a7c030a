package org.reliefledger.web.api;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Jersey reports a body its JSON reader could not turn into the expected type this way. */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<ProcessingException> {

  @Override
  public Response toResponse(ProcessingException exception) {
    return RequestBodyTooLargeMapper.within(exception)
        .map(RequestBodyTooLargeMapper::tooLarge)
        .orElseGet(MalformedJsonMapper::malformed);
  }
}
