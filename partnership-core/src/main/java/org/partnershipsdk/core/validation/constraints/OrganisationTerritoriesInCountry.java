package org.partnershipsdk.core.validation.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.partnershipsdk.core.internal.validation.OrganisationTerritoriesInCountryValidator;

/**
 * The territories where an organisation is lie in its country, so that "here" or "there" is said
 * once. Code: {@code organisation.territory.other-country}, on {@code territories[i].country}.
 */
@Documented
@Constraint(validatedBy = OrganisationTerritoriesInCountryValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface OrganisationTerritoriesInCountry {
  /** @return the message template: the stable code in braces */
  String message() default "{organisation.territory.other-country}";

  /** @return validation groups */
  Class<?>[] groups() default {};

  /** @return payload */
  Class<? extends Payload>[] payload() default {};
}
