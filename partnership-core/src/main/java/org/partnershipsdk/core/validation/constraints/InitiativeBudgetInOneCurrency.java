package org.partnershipsdk.core.validation.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.partnershipsdk.core.internal.validation.InitiativeBudgetInOneCurrencyValidator;

/**
 * An initiative's budget is in one currency: its lines' amounts are in the currency of its budget,
 * or of its first line when it states no total (a line's revised amount is held to its original by
 * {@link BudgetLineConsistent}). Code: {@code initiative.budget-lines.currency-mismatch}, on
 * {@code budgetLines[i].amount}.
 */
@Documented
@Constraint(validatedBy = InitiativeBudgetInOneCurrencyValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface InitiativeBudgetInOneCurrency {
  /** @return the message template: the stable code in braces */
  String message() default "{initiative.budget-lines.currency-mismatch}";

  /** @return validation groups */
  Class<?>[] groups() default {};

  /** @return payload */
  Class<? extends Payload>[] payload() default {};
}
