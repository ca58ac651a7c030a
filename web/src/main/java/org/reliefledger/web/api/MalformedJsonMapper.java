package org.reliefledger.web.api;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A body that is not JSON, or JSON of the wrong shape (a word where an enum is expected ...). */
@Provider
public class MalformedJsonMapper implements ExceptionMapper<JsonbException> {

  @Override
  public Response toResponse(JsonbException exception) {
    return RequestBodyTooLargeMapper.within(exception)
        .map(RequestBodyTooLargeMapper::tooLarge)
        .orElseGet(MalformedJsonMapper::malformed);
  }

  static Response malformed() {
    return Responses.error(
        400,
        "malformed_json",
        "The body is not valid JSON for this endpoint: check field names, types and allowed values.",
        null);
  }
}
