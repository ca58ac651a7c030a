package org.reliefledger.web.api;

import jakarta.json.bind.annotation.JsonbNillable;

/**
 * The body of every 4xx/5xx answer of the API, as the contract says. {@code message} is a sentence
 * for people and never echoes what the client sent (it may be personal data).
 */
@JsonbNillable(false)
public record ApiError(String error, String message, String field) {

  public static ApiError of(String error, String message) {
    return new ApiError(error, message, null);
  }
}
