package org.partnershipsdk.core.validation.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.partnershipsdk.core.internal.validation.ReciprocityScaleOrderValidator;

/**
 * A reciprocity scale's minimum is below its maximum. Code: {@code reciprocity.scale.order}, on {@code max}.
 */
@Documented
@Constraint(validatedBy = ReciprocityScaleOrderValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ReciprocityScaleOrder {
  /** @return the message template: the stable code in braces */
  String message() default "{reciprocity.scale.order}";

  /** @return validation groups */
  Class<?>[] groups() default {};

  /** @return payload */
  Class<? extends Payload>[] payload() default {};
}
