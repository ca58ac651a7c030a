package org.reliefledger.web.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The few ways the API answers, written once so every resource answers alike. */
public final class Responses {

  private Responses() {}

  public static Response created(Object body) {
    return Response.status(Response.Status.CREATED)
        .entity(body)
        .type(MediaType.APPLICATION_JSON)
        .build();
  }

  public static Response error(int status, String error, String message, String field) {
    return Response.status(status)
        .entity(new ApiError(error, message, field))
        .type(MediaType.APPLICATION_JSON)
        .build();
  }

  public static Response conflict(String error, String message, String field) {
    return error(409, error, message, field);
  }

  public static Response unprocessable(String error, String message, String field) {
    return error(422, error, message, field);
  }
}
