package org.partnershipsdk.core.validation.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.partnershipsdk.core.internal.validation.DocumentLinkLocatedValidator;

/**
 * A document link says where the document is: a web address, a reference in the user's own store,
 * or both. Code: {@code document.location.missing}, on {@code url}.
 */
@Documented
@Constraint(validatedBy = DocumentLinkLocatedValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface DocumentLinkLocated {
  /** @return the message template: the stable code in braces */
  String message() default "{document.location.missing}";

  /** @return validation groups */
  Class<?>[] groups() default {};

  /** @return payload */
  Class<? extends Payload>[] payload() default {};
}
