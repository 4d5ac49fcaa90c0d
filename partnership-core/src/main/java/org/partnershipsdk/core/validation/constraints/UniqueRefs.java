package org.partnershipsdk.core.validation.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.partnershipsdk.core.internal.validation.UniqueRefsValidator;

/**
 * The elements of a list of {@link org.partnershipsdk.core.model.Referable} values carry distinct
 * references. Code: {@code ref.duplicate}, on the {@code ref} of each element whose reference an
 * earlier element already carries, such as {@code evaluations[2].ref}.
 */
@Documented
@Constraint(validatedBy = UniqueRefsValidator.class)
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface UniqueRefs {
  /** @return the message template: the stable code in braces */
  String message() default "{ref.duplicate}";

  /** @return validation groups */
  Class<?>[] groups() default {};

  /** @return payload */
  Class<? extends Payload>[] payload() default {};
}
