package org.partnershipsdk.core.validation.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.partnershipsdk.core.internal.validation.MissionTypeStatedValidator;

/**
 * A complete mission states what it is for, in {@code type} or {@code types}. Code:
 * {@code value.required}, on {@code type}.
 */
@Documented
@Constraint(validatedBy = MissionTypeStatedValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface MissionTypeStated {
  /** @return the message template: the stable code in braces */
  String message() default "{value.required}";

  /** @return validation groups */
  Class<?>[] groups() default {};

  /** @return payload */
  Class<? extends Payload>[] payload() default {};
}
