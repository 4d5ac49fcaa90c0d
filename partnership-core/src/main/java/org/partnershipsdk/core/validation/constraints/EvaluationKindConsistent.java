package org.partnershipsdk.core.validation.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.partnershipsdk.core.internal.validation.EvaluationKindConsistentValidator;

/**
 * An evaluation says when it takes place or who leads it, and the kind an older document gives it
 * does not contradict them. Codes: {@code value.required} on {@code timing} when the evaluation
 * has no timing, no lead and no kind; {@code evaluation.kind.contradiction} on {@code kind}.
 */
@Documented
@Constraint(validatedBy = EvaluationKindConsistentValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface EvaluationKindConsistent {
  /** @return the message template: the stable code in braces */
  String message() default "{evaluation.kind.contradiction}";

  /** @return validation groups */
  Class<?>[] groups() default {};

  /** @return payload */
  Class<? extends Payload>[] payload() default {};
}
