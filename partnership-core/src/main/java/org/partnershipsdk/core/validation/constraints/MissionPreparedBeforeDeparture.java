package org.partnershipsdk.core.validation.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.partnershipsdk.core.internal.validation.MissionPreparedBeforeDepartureValidator;

/**
 * A mission's preparation (remote support, pre-mission interview) is not dated after the
 * departure. Code: {@code mission.preparation.after-departure}, on
 * {@code preparation.remoteSupportSince} or {@code preparation.preMissionInterview}.
 */
@Documented
@Constraint(validatedBy = MissionPreparedBeforeDepartureValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface MissionPreparedBeforeDeparture {
  /** @return the message template: the stable code in braces */
  String message() default "{mission.preparation.after-departure}";

  /** @return validation groups */
  Class<?>[] groups() default {};

  /** @return payload */
  Class<? extends Payload>[] payload() default {};
}
