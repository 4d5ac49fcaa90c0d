package org.partnershipsdk.core.validation.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.partnershipsdk.core.internal.validation.PortfolioReferencesValidator;

/**
 * Every identifier a portfolio's elements refer to names an element of the portfolio
 * ({@code portfolio.reference.unknown}), a transaction's tranche is one of its agreement's
 * ({@code portfolio.tranche.unknown}), and no identifier is used twice within a kind
 * ({@code portfolio.id.duplicate}).
 */
@Documented
@Constraint(validatedBy = PortfolioReferencesValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface PortfolioReferences {
  /** @return the message template: the stable code in braces */
  String message() default "{portfolio.reference.unknown}";

  /** @return validation groups */
  Class<?>[] groups() default {};

  /** @return payload */
  Class<? extends Payload>[] payload() default {};
}
