package org.partnershipsdk.core.validation.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.partnershipsdk.core.internal.validation.ReciprocityUniqueCriteriaValidator;

/**
 * No two criteria of a reciprocity criteria set share a code. Code:
 * {@code reciprocity.criterion.duplicate}, on {@code criteria[i].code} for each repeat.
 */
@Documented
@Constraint(validatedBy = ReciprocityUniqueCriteriaValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ReciprocityUniqueCriteria {
  /** @return the message template: the stable code in braces */
  String message() default "{reciprocity.criterion.duplicate}";

  /** @return validation groups */
  Class<?>[] groups() default {};

  /** @return payload */
  Class<? extends Payload>[] payload() default {};
}
