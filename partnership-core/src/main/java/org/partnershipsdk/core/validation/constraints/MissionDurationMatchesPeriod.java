package org.partnershipsdk.core.validation.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.partnershipsdk.core.internal.validation.MissionDurationMatchesPeriodValidator;

/**
 * A mission's declared duration in days equals the number of days of its period, when both are
 * known. Code: {@code mission.duration.mismatch}, on {@code durationDays}.
 */
@Documented
@Constraint(validatedBy = MissionDurationMatchesPeriodValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface MissionDurationMatchesPeriod {
  /** @return the message template: the stable code in braces */
  String message() default "{mission.duration.mismatch}";

  /** @return validation groups */
  Class<?>[] groups() default {};

  /** @return payload */
  Class<? extends Payload>[] payload() default {};
}
