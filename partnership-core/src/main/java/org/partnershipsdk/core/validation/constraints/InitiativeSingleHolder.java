package org.partnershipsdk.core.validation.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.partnershipsdk.core.internal.validation.InitiativeSingleHolderValidator;

/**
 * An initiative has at most one holder (porteur de projet); sharing the holding is the co-holder
 * role. Code: {@code initiative.holder.multiple}, on {@code participants[i].roles} of each holder
 * after the first.
 */
@Documented
@Constraint(validatedBy = InitiativeSingleHolderValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface InitiativeSingleHolder {
  /** @return the message template: the stable code in braces */
  String message() default "{initiative.holder.multiple}";

  /** @return validation groups */
  Class<?>[] groups() default {};

  /** @return payload */
  Class<? extends Payload>[] payload() default {};
}
