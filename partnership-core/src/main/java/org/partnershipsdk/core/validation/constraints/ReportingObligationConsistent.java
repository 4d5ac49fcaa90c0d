package org.partnershipsdk.core.validation.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.partnershipsdk.core.internal.validation.ReportingObligationConsistentValidator;

/**
 * A report is accepted after it was submitted, not without or before. Code:
 * {@code report.accepted.before-submitted}, on {@code acceptedOn}.
 */
@Documented
@Constraint(validatedBy = ReportingObligationConsistentValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ReportingObligationConsistent {
  /** @return the message template: the stable code in braces */
  String message() default "{report.accepted.before-submitted}";

  /** @return validation groups */
  Class<?>[] groups() default {};

  /** @return payload */
  Class<? extends Payload>[] payload() default {};
}
