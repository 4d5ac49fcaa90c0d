package org.partnershipsdk.core.validation.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.partnershipsdk.core.internal.validation.PartnershipStartStatedValidator;

/**
 * A complete partnership states when it began: the day in {@code since}, or only the year in
 * {@code sinceYear}, the same year when both are given. Codes: {@code value.required} on
 * {@code since} when neither is given; {@code partnership.since.year-mismatch} on {@code sinceYear}.
 */
@Documented
@Constraint(validatedBy = PartnershipStartStatedValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface PartnershipStartStated {
  /** @return the message template: the stable code in braces */
  String message() default "{value.required}";

  /** @return validation groups */
  Class<?>[] groups() default {};

  /** @return payload */
  Class<? extends Payload>[] payload() default {};
}
