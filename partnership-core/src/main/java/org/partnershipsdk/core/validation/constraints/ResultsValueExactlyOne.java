package org.partnershipsdk.core.validation.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.partnershipsdk.core.internal.validation.ResultsValueExactlyOneValidator;

/**
 * An indicator value holds exactly one of a number, a yes or no, or a text. Code: {@code
 * results.value.exactly-one}, on the value itself.
 */
@Documented
@Constraint(validatedBy = ResultsValueExactlyOneValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ResultsValueExactlyOne {
  /** @return the message template: the stable code in braces */
  String message() default "{results.value.exactly-one}";

  /** @return validation groups */
  Class<?>[] groups() default {};

  /** @return payload */
  Class<? extends Payload>[] payload() default {};
}
