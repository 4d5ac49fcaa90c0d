package org.partnershipsdk.core.validation.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.partnershipsdk.core.internal.validation.TrancheConsistentValidator;

/**
 * A tranche marked paid says when ({@code tranche.paid.date-missing}, on {@code paidOn}), and a
 * tranche not marked paid has no payment day or amount ({@code tranche.paid.status-mismatch}, on
 * {@code status}).
 */
@Documented
@Constraint(validatedBy = TrancheConsistentValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface TrancheConsistent {
  /** @return the message template: the stable code in braces */
  String message() default "{tranche.paid.date-missing}";

  /** @return validation groups */
  Class<?>[] groups() default {};

  /** @return payload */
  Class<? extends Payload>[] payload() default {};
}
