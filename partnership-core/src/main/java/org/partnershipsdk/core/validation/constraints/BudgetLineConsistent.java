package org.partnershipsdk.core.validation.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.partnershipsdk.core.internal.validation.BudgetLineConsistentValidator;

/**
 * A budget line's amounts hold together: it has an amount ({@code budget.line.amount-missing}, on
 * {@code amount}), a revised amount keeps the original beside it
 * ({@code budget.line.revised-without-original}, on {@code revisedAmount}) in the same currency
 * ({@code budget.line.currency-mismatch}, on {@code revisedAmount}), and a line of category "other"
 * says what it is ({@code budget.line.other-category-unnamed}, on {@code otherCategory}).
 */
@Documented
@Constraint(validatedBy = BudgetLineConsistentValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface BudgetLineConsistent {
  /** @return the message template: the stable code in braces */
  String message() default "{budget.line.revised-without-original}";

  /** @return validation groups */
  Class<?>[] groups() default {};

  /** @return payload */
  Class<? extends Payload>[] payload() default {};
}
