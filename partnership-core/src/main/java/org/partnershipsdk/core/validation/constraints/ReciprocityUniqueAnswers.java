package org.partnershipsdk.core.validation.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.partnershipsdk.core.internal.validation.ReciprocityUniqueAnswersValidator;

/**
 * A response answers each criterion at most once. Code: {@code reciprocity.answer.duplicate}, on
 * {@code answers[i].criterion} for each repeat.
 */
@Documented
@Constraint(validatedBy = ReciprocityUniqueAnswersValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ReciprocityUniqueAnswers {
  /** @return the message template: the stable code in braces */
  String message() default "{reciprocity.answer.duplicate}";

  /** @return validation groups */
  Class<?>[] groups() default {};

  /** @return payload */
  Class<? extends Payload>[] payload() default {};
}
