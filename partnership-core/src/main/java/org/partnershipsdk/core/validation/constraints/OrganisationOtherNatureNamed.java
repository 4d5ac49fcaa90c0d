package org.partnershipsdk.core.validation.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.partnershipsdk.core.internal.validation.OrganisationOtherNatureNamedValidator;

/**
 * An organisation whose nature is "other" names that nature. Code:
 * {@code organisation.nature.other-label}, on {@code otherNature}.
 */
@Documented
@Constraint(validatedBy = OrganisationOtherNatureNamedValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface OrganisationOtherNatureNamed {
  /** @return the message template: the stable code in braces */
  String message() default "{organisation.nature.other-label}";

  /** @return validation groups */
  Class<?>[] groups() default {};

  /** @return payload */
  Class<? extends Payload>[] payload() default {};
}
