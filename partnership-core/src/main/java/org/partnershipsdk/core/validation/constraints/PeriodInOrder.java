package org.partnershipsdk.core.validation.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.partnershipsdk.core.internal.validation.PeriodInOrderValidator;

/** A period does not end before it starts. Code: {@code period.order}, on {@code end}. */
@Documented
@Constraint(validatedBy = PeriodInOrderValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface PeriodInOrder {
  /** @return the message template: the stable code in braces */
  String message() default "{period.order}";

  /** @return validation groups */
  Class<?>[] groups() default {};

  /** @return payload */
  Class<? extends Payload>[] payload() default {};
}
