package org.partnershipsdk.core.validation.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.partnershipsdk.core.internal.validation.ResultsBreakdownDeclaredValidator;

/**
 * The breakdowns of an indicator's values name the groups of the dimensions it declares: codes
 * {@code results.breakdown.not-quantitative} (a breakdown of a value that is not a number),
 * {@code results.breakdown.undeclared}, {@code results.breakdown.dimension-repeated},
 * {@code results.breakdown.duplicate}, and {@code results.disaggregation.duplicate} for a dimension
 * declared twice; each on the element concerned, such as
 * {@code periods[0].actual.breakdown[1].dimensions[0]}.
 */
@Documented
@Constraint(validatedBy = ResultsBreakdownDeclaredValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ResultsBreakdownDeclared {
  /** @return the message template: the stable code in braces */
  String message() default "{results.breakdown.undeclared}";

  /** @return validation groups */
  Class<?>[] groups() default {};

  /** @return payload */
  Class<? extends Payload>[] payload() default {};
}
