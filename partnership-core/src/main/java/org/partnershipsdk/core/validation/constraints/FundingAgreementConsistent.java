package org.partnershipsdk.core.validation.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.partnershipsdk.core.internal.validation.FundingAgreementConsistentValidator;

/**
 * A funding agreement holds together: a status other than draft comes with a signature date
 * ({@code agreement.signature-date.missing}, on {@code signedOn}); its tranches fall within its
 * period ({@code agreement.tranche.outside-period}, on {@code tranches[i].plannedOn} or
 * {@code tranches[i].paidOn}), are in its currency ({@code agreement.currency-mismatch}, on
 * {@code tranches[i].amount} or {@code tranches[i].paidAmount}) and add up to no more than its
 * amount ({@code agreement.tranches.exceed-amount}, on {@code tranches}); tranches and reports each
 * have their own number ({@code agreement.tranche.number-duplicate},
 * {@code agreement.report.number-duplicate}, on {@code tranches[i].number} or
 * {@code reports[i].number}); and a tranche waits only for a report the agreement requires
 * ({@code agreement.tranche.report-unknown}, on {@code tranches[i].afterReport}).
 */
@Documented
@Constraint(validatedBy = FundingAgreementConsistentValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface FundingAgreementConsistent {
  /** @return the message template: the stable code in braces */
  String message() default "{agreement.signature-date.missing}";

  /** @return validation groups */
  Class<?>[] groups() default {};

  /** @return payload */
  Class<? extends Payload>[] payload() default {};
}
