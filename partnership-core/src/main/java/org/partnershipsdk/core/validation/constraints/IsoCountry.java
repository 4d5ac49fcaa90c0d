package org.partnershipsdk.core.validation.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.partnershipsdk.core.internal.validation.IsoCountryValidator;

/** The country code is assigned by ISO 3166-1 alpha-2. Code: {@code country.unassigned}. */
@Documented
@Constraint(validatedBy = IsoCountryValidator.class)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface IsoCountry {
  /** @return the message template: the stable code in braces */
  String message() default "{country.unassigned}";

  /** @return validation groups */
  Class<?>[] groups() default {};

  /** @return payload */
  Class<? extends Payload>[] payload() default {};
}
