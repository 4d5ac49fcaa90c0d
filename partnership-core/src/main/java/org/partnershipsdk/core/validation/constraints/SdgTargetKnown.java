package org.partnershipsdk.core.validation.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.partnershipsdk.core.internal.validation.SdgTargetKnownValidator;

/** The 2030 Agenda has the SDG target. Code: {@code sdg.target.unknown}. */
@Documented
@Constraint(validatedBy = SdgTargetKnownValidator.class)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface SdgTargetKnown {
  /** @return the message template: the stable code in braces */
  String message() default "{sdg.target.unknown}";

  /** @return validation groups */
  Class<?>[] groups() default {};

  /** @return payload */
  Class<? extends Payload>[] payload() default {};
}
