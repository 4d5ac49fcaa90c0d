package org.partnershipsdk.core.validation.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.partnershipsdk.core.internal.validation.AchievementHandedOverDeliverableValidator;

/**
 * Only a deliverable is handed over: an achievement marked handed over is a deliverable. Code:
 * {@code mission.achievement.handed-over-not-deliverable}, on {@code handedOver}.
 */
@Documented
@Constraint(validatedBy = AchievementHandedOverDeliverableValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface AchievementHandedOverDeliverable {
  /** @return the message template: the stable code in braces */
  String message() default "{mission.achievement.handed-over-not-deliverable}";

  /** @return validation groups */
  Class<?>[] groups() default {};

  /** @return payload */
  Class<? extends Payload>[] payload() default {};
}
