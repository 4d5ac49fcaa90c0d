package org.partnershipsdk.core.validation.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.partnershipsdk.core.internal.validation.RegisteredIdentifierValidator;

/**
 * The organisation identifier has the form agency-number and its agency is an active one of the
 * IATI OrganisationRegistrationAgency list. Codes: {@code organisation-identifier.malformed},
 * {@code organisation-identifier.agency-unknown}, {@code organisation-identifier.agency-withdrawn}.
 */
@Documented
@Constraint(validatedBy = RegisteredIdentifierValidator.class)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface RegisteredIdentifier {
  /** @return the message template: the stable code in braces */
  String message() default "{organisation-identifier.malformed}";

  /** @return validation groups */
  Class<?>[] groups() default {};

  /** @return payload */
  Class<? extends Payload>[] payload() default {};
}
