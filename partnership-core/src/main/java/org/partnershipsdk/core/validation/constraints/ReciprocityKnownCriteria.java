package org.partnershipsdk.core.validation.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.partnershipsdk.core.internal.validation.ReciprocityKnownCriteriaValidator;

/**
 * Every answer of a reciprocity assessment is to a criterion of its criteria set. Code:
 * {@code reciprocity.criterion.unknown}, on {@code responses[i].answers[j].criterion}.
 */
@Documented
@Constraint(validatedBy = ReciprocityKnownCriteriaValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ReciprocityKnownCriteria {
  /** @return the message template: the stable code in braces */
  String message() default "{reciprocity.criterion.unknown}";

  /** @return validation groups */
  Class<?>[] groups() default {};

  /** @return payload */
  Class<? extends Payload>[] payload() default {};
}
