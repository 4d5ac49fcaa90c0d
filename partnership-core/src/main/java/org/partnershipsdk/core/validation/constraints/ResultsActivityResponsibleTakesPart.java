package org.partnershipsdk.core.validation.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.partnershipsdk.core.internal.validation.ResultsActivityResponsibleTakesPartValidator;

/**
 * The organisation responsible for an activity of an initiative's results framework is one of the
 * initiative's participants. Code: {@code results.activity.responsible-not-participant}, on the
 * activity's {@code responsible}.
 */
@Documented
@Constraint(validatedBy = ResultsActivityResponsibleTakesPartValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ResultsActivityResponsibleTakesPart {
  /** @return the message template: the stable code in braces */
  String message() default "{results.activity.responsible-not-participant}";

  /** @return validation groups */
  Class<?>[] groups() default {};

  /** @return payload */
  Class<? extends Payload>[] payload() default {};
}
