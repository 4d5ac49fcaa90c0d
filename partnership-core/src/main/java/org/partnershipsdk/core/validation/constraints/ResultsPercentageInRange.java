package org.partnershipsdk.core.validation.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.partnershipsdk.core.internal.validation.ResultsPercentageInRangeValidator;

/**
 * Every number of an indicator measured as a percentage lies between 0 and 100. Code: {@code
 * results.value.percentage-range}, on the value's {@code number}.
 */
@Documented
@Constraint(validatedBy = ResultsPercentageInRangeValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ResultsPercentageInRange {
  /** @return the message template: the stable code in braces */
  String message() default "{results.value.percentage-range}";

  /** @return validation groups */
  Class<?>[] groups() default {};

  /** @return payload */
  Class<? extends Payload>[] payload() default {};
}
