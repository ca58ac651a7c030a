package org.reliefledger.web.api;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;

/**
 * Bean Validation failures → 422 naming the field. One violation is reported (the first by field
 * name, so the answer is stable); its message never contains the rejected value.
 */
@Provider
public class ValidationErrorMapper implements ExceptionMapper<ConstraintViolationException> {

  @Override
  public Response toResponse(ConstraintViolationException exception) {
    return exception.getConstraintViolations().stream()
        .min(Comparator.comparing(ValidationErrorMapper::field))
        .map(
            v ->
                Responses.unprocessable(
                    "validation_failed", field(v) + ": " + v.getMessage(), field(v)))
        .orElseGet(
            () -> Responses.unprocessable("validation_failed", "The request is not valid.", null));
  }

  /** The last named node of the path: {@code create.user.password} → {@code password}. */
  static String field(ConstraintViolation<?> violation) {
    String field = "";
    for (Path.Node node : violation.getPropertyPath()) {
      if (node.getName() != null && node.getKind() != jakarta.validation.ElementKind.METHOD) {
        field = node.getName();
      }
    }
    return field;
  }
}
