package org.partnershipsdk.core.validation.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.partnershipsdk.core.internal.validation.MissionReturnAfterEndValidator;

/**
 * A mission's return interview and report are not dated before the mission's last day. Code:
 * {@code mission.return.before-end}, on {@code missionReturn.returnInterview} or
 * {@code missionReturn.reportDelivered}.
 */
@Documented
@Constraint(validatedBy = MissionReturnAfterEndValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface MissionReturnAfterEnd {
  /** @return the message template: the stable code in braces */
  String message() default "{mission.return.before-end}";

  /** @return validation groups */
  Class<?>[] groups() default {};

  /** @return payload */
  Class<? extends Payload>[] payload() default {};
}
