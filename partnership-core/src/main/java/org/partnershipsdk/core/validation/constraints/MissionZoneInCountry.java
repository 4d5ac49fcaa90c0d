package org.partnershipsdk.core.validation.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.partnershipsdk.core.internal.validation.MissionZoneInCountryValidator;

/**
 * Every territory of a mission's zone lies in the zone's country. Code:
 * {@code mission.zone.country-mismatch}, on {@code territories[i].country}.
 */
@Documented
@Constraint(validatedBy = MissionZoneInCountryValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface MissionZoneInCountry {
  /** @return the message template: the stable code in braces */
  String message() default "{mission.zone.country-mismatch}";

  /** @return validation groups */
  Class<?>[] groups() default {};

  /** @return payload */
  Class<? extends Payload>[] payload() default {};
}
