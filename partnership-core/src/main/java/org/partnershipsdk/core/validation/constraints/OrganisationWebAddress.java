package org.partnershipsdk.core.validation.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.partnershipsdk.core.internal.validation.OrganisationWebAddressValidator;

/**
 * A website is an absolute {@code http} or {@code https} address with a host, such as
 * {@code https://www.cfsi.asso.fr}. Code: {@code organisation.website.invalid}.
 */
@Documented
@Constraint(validatedBy = OrganisationWebAddressValidator.class)
@Target({ElementType.METHOD, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface OrganisationWebAddress {
  /** @return the message template: the stable code in braces */
  String message() default "{organisation.website.invalid}";

  /** @return validation groups */
  Class<?>[] groups() default {};

  /** @return payload */
  Class<? extends Payload>[] payload() default {};
}
