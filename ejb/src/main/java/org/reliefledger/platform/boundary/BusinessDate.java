package org.reliefledger.platform.boundary;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A date within {@link BusinessDates}; {@code null} is left to {@code @NotNull}. */
@Documented
@Constraint(validatedBy = BusinessDateValidator.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface BusinessDate {

  String message() default "must be a date within the fund's books";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
