package org.partnershipsdk.core.validation.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.partnershipsdk.core.internal.validation.TransactionConsistentValidator;

/**
 * A transaction that names the tranche it pays names the agreement too. Code:
 * {@code transaction.tranche.without-agreement}, on {@code agreement}.
 */
@Documented
@Constraint(validatedBy = TransactionConsistentValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface TransactionConsistent {
  /** @return the message template: the stable code in braces */
  String message() default "{transaction.tranche.without-agreement}";

  /** @return validation groups */
  Class<?>[] groups() default {};

  /** @return payload */
  Class<? extends Payload>[] payload() default {};
}
