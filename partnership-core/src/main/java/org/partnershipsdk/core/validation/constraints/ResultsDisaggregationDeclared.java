package org.partnershipsdk.core.validation.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.partnershipsdk.core.internal.validation.ResultsDisaggregationDeclaredValidator;

/**
 * An indicator value counts a group (a disaggregation key) only when its indicator declares a
 * disaggregation. Code: {@code results.value.disaggregation-undeclared}, on the value's {@code
 * disaggregationKey}.
 */
@Documented
@Constraint(validatedBy = ResultsDisaggregationDeclaredValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ResultsDisaggregationDeclared {
  /** @return the message template: the stable code in braces */
  String message() default "{results.value.disaggregation-undeclared}";

  /** @return validation groups */
  Class<?>[] groups() default {};

  /** @return payload */
  Class<? extends Payload>[] payload() default {};
}
