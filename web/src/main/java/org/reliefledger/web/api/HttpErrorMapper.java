package org.reliefledger.web.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.glassfish.jersey.server.ParamException;

/**
 * Turns JAX-RS's own errors (unknown path, wrong method, wrong media type, forbidden role ...) into
 * the contract's JSON body. The sentence is chosen by status; the exception's text is not used
 * because it may quote the request.
 */
@Provider
public class HttpErrorMapper implements ExceptionMapper<WebApplicationException> {

  @Override
  public jakarta.ws.rs.core.Response toResponse(WebApplicationException exception) {
    // JAX-RS answers 404 for a query parameter it cannot convert; the address exists, the
    // parameter is wrong: that is a 400.
    int status =
        exception instanceof ParamException.QueryParamException
            ? 400
            : exception.getResponse().getStatus();
    if (status >= 500) {
      return UnexpectedErrorMapper.incident(exception);
    }
    return Responses.error(status, code(status), sentence(status), null);
  }

  static String code(int status) {
    return switch (status) {
      case 400 -> "bad_request";
      case 401 -> "unauthorized";
      case 403 -> "forbidden";
      case 404 -> "not_found";
      case 405 -> "method_not_allowed";
      case 406 -> "not_acceptable";
      case 409 -> "conflict";
      case 415 -> "unsupported_media_type";
      default -> "client_error";
    };
  }

  private static String sentence(int status) {
    return switch (status) {
      case 400 -> "The request could not be read: check the JSON body and the parameters.";
      case 401 -> "Sign in first: this endpoint needs a user name and password.";
      case 403 -> "Your roles do not allow this.";
      case 404 -> "There is nothing at this address.";
      case 405 -> "This address does not accept that HTTP method.";
      case 406 -> "This endpoint cannot answer in the requested format.";
      case 415 -> "Send the body as application/json.";
      default -> "The request was refused.";
    };
  }
}
