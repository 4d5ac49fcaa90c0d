package org.partnershipsdk.core.validation.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.partnershipsdk.core.internal.validation.IsoCurrencyValidator;

/** The currency code is defined by ISO 4217. Code: {@code currency.undefined}. */
@Documented
@Constraint(validatedBy = IsoCurrencyValidator.class)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface IsoCurrency {
  /** @return the message template: the stable code in braces */
  String message() default "{currency.undefined}";

  /** @return validation groups */
  Class<?>[] groups() default {};

  /** @return payload */
  Class<? extends Payload>[] payload() default {};
}
