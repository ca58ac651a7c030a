package org.reliefledger.platform.boundary;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;

/** Checks {@link BusinessDate}, naming the allowed range (configuration, never the input). */
public class BusinessDateValidator implements ConstraintValidator<BusinessDate, LocalDate> {

  @Override
  public boolean isValid(LocalDate date, ConstraintValidatorContext context) {
    var range = BusinessDates.configured();
    if (date == null || range.allows(date)) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    context.buildConstraintViolationWithTemplate(range.rule()).addConstraintViolation();
    return false;
  }
}
