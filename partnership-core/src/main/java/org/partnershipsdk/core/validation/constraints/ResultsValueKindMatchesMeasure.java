package org.partnershipsdk.core.validation.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.partnershipsdk.core.internal.validation.ResultsValueKindMatchesMeasureValidator;

/**
 * Every value of an indicator (baseline, targets, measurements) is of the kind its measure
 * expects: a number for a number or a percentage, a yes or no for a yes/no indicator, a text for a
 * qualitative one. Code: {@code results.value.kind-mismatch}, on the offending value's
 * {@code number}, {@code flag} or {@code text}.
 */
@Documented
@Constraint(validatedBy = ResultsValueKindMatchesMeasureValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ResultsValueKindMatchesMeasure {
  /** @return the message template: the stable code in braces */
  String message() default "{results.value.kind-mismatch}";

  /** @return validation groups */
  Class<?>[] groups() default {};

  /** @return payload */
  Class<? extends Payload>[] payload() default {};
}
