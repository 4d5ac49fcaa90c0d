package org.partnershipsdk.core.validation.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.partnershipsdk.core.internal.validation.ReciprocityScoresInScaleValidator;

/**
 * Every score of a reciprocity assessment lies on the scale of its criteria set. Code:
 * {@code reciprocity.score.out-of-scale}, on {@code responses[i].answers[j].score}. Not checked while
 * the scale itself is out of order.
 */
@Documented
@Constraint(validatedBy = ReciprocityScoresInScaleValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ReciprocityScoresInScale {
  /** @return the message template: the stable code in braces */
  String message() default "{reciprocity.score.out-of-scale}";

  /** @return validation groups */
  Class<?>[] groups() default {};

  /** @return payload */
  Class<? extends Payload>[] payload() default {};
}
