package org.partnershipsdk.core.validation.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.partnershipsdk.core.internal.validation.FieldOfActionOtherNamedValidator;

/**
 * An organisation or an initiative that chooses the field of action "other" names it in its own
 * words. Code: {@code field-of-action.other-unnamed}, on {@code otherFieldOfAction}.
 */
@Documented
@Constraint(validatedBy = FieldOfActionOtherNamedValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface FieldOfActionOtherNamed {
  /** @return the message template: the stable code in braces */
  String message() default "{field-of-action.other-unnamed}";

  /** @return validation groups */
  Class<?>[] groups() default {};

  /** @return payload */
  Class<? extends Payload>[] payload() default {};
}
