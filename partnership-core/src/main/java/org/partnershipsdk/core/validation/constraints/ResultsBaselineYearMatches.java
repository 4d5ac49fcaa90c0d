package org.partnershipsdk.core.validation.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.partnershipsdk.core.internal.validation.ResultsBaselineYearMatchesValidator;

/**
 * An indicator's baseline year is the year of its baseline's date, when both are given. Code:
 * {@code results.baseline.year-mismatch}, on {@code baselineYear}.
 */
@Documented
@Constraint(validatedBy = ResultsBaselineYearMatchesValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ResultsBaselineYearMatches {
  /** @return the message template: the stable code in braces */
  String message() default "{results.baseline.year-mismatch}";

  /** @return validation groups */
  Class<?>[] groups() default {};

  /** @return payload */
  Class<? extends Payload>[] payload() default {};
}
