package org.partnershipsdk.core.validation.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.partnershipsdk.core.internal.validation.ResultsMeasurementsInOrderValidator;

/**
 * The dated measurements of an indicator are in date order, oldest first (equal dates are allowed,
 * as for the groups of a disaggregated indicator). Code: {@code results.measurements.order}, on
 * the first measurement dated before the one preceding it.
 */
@Documented
@Constraint(validatedBy = ResultsMeasurementsInOrderValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ResultsMeasurementsInOrder {
  /** @return the message template: the stable code in braces */
  String message() default "{results.measurements.order}";

  /** @return validation groups */
  Class<?>[] groups() default {};

  /** @return payload */
  Class<? extends Payload>[] payload() default {};
}
