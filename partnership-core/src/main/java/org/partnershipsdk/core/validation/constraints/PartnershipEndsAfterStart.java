package org.partnershipsdk.core.validation.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.partnershipsdk.core.internal.validation.PartnershipEndsAfterStartValidator;

/**
 * A partnership's last day is not before its first: code {@code partnership.until.before-since},
 * on {@code until}.
 */
@Documented
@Constraint(validatedBy = PartnershipEndsAfterStartValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface PartnershipEndsAfterStart {
  /** @return the message template: the stable code in braces */
  String message() default "{partnership.until.before-since}";

  /** @return validation groups */
  Class<?>[] groups() default {};

  /** @return payload */
  Class<? extends Payload>[] payload() default {};
}
