package org.partnershipsdk.core.validation.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.partnershipsdk.core.internal.validation.InitiativeCoFinancingWithinBudgetValidator;

/**
 * The co-financing of an initiative does not add up to more than its budget. Amounts in the
 * budget's currency count as they are, others are converted with their stated rate; an amount in
 * another currency without a stated rate is left out (flagging it is a rule, not validation), and so
 * is a share the funder refused. Code:
 * {@code initiative.co-financing.exceeds-budget}, on {@code coFinancing}.
 */
@Documented
@Constraint(validatedBy = InitiativeCoFinancingWithinBudgetValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface InitiativeCoFinancingWithinBudget {
  /** @return the message template: the stable code in braces */
  String message() default "{initiative.co-financing.exceeds-budget}";

  /** @return validation groups */
  Class<?>[] groups() default {};

  /** @return payload */
  Class<? extends Payload>[] payload() default {};
}
