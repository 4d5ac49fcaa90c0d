package org.partnershipsdk.core.validation.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.partnershipsdk.core.internal.validation.ReciprocityUniqueResponsesValidator;

/**
 * An organisation responds at most once to a reciprocity assessment. Code:
 * {@code reciprocity.response.duplicate}, on {@code responses[i].respondent} for each repeat.
 */
@Documented
@Constraint(validatedBy = ReciprocityUniqueResponsesValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ReciprocityUniqueResponses {
  /** @return the message template: the stable code in braces */
  String message() default "{reciprocity.response.duplicate}";

  /** @return validation groups */
  Class<?>[] groups() default {};

  /** @return payload */
  Class<? extends Payload>[] payload() default {};
}
