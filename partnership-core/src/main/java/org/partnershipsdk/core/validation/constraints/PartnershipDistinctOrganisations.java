package org.partnershipsdk.core.validation.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.partnershipsdk.core.internal.validation.PartnershipDistinctOrganisationsValidator;

/**
 * The partner of a partnership is not the supporting organisation itself. Code:
 * {@code partnership.same-organisation}, on {@code partner}.
 */
@Documented
@Constraint(validatedBy = PartnershipDistinctOrganisationsValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface PartnershipDistinctOrganisations {
  /** @return the message template: the stable code in braces */
  String message() default "{partnership.same-organisation}";

  /** @return validation groups */
  Class<?>[] groups() default {};

  /** @return payload */
  Class<? extends Payload>[] payload() default {};
}
