package org.partnershipsdk.core.validation.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.partnershipsdk.core.internal.validation.ProgrammePhasesInOrderValidator;

/**
 * The phases of a programme are listed in chronological order and do not overlap: each begins
 * after every earlier one has ended. Only what the known dates prove is reported. Code:
 * {@code programme.phases.overlap}, on {@code phases[i].period} for the later phase.
 */
@Documented
@Constraint(validatedBy = ProgrammePhasesInOrderValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ProgrammePhasesInOrder {
  /** @return the message template: the stable code in braces */
  String message() default "{programme.phases.overlap}";

  /** @return validation groups */
  Class<?>[] groups() default {};

  /** @return payload */
  Class<? extends Payload>[] payload() default {};
}
