package org.reliefledger.web.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** {@link BadInput} → 422 naming the field. */
@Provider
public class BadInputMapper implements ExceptionMapper<BadInput> {

  @Override
  public Response toResponse(BadInput bad) {
    return Responses.unprocessable(bad.error(), bad.getMessage(), bad.field());
  }
}
