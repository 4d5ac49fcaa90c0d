package org.partnershipsdk.core.validation.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.partnershipsdk.core.internal.validation.InitiativeParticipantsDistinctValidator;

/**
 * Each organisation is listed once among an initiative's participants, with all its roles. Code:
 * {@code initiative.participant.duplicate}, on {@code participants[i].organisation} of each repeat.
 */
@Documented
@Constraint(validatedBy = InitiativeParticipantsDistinctValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface InitiativeParticipantsDistinct {
  /** @return the message template: the stable code in braces */
  String message() default "{initiative.participant.duplicate}";

  /** @return validation groups */
  Class<?>[] groups() default {};

  /** @return payload */
  Class<? extends Payload>[] payload() default {};
}
