package org.partnershipsdk.core.validation.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.partnershipsdk.core.internal.validation.CycleHistoryInOrderValidator;

/**
 * Each entry of a project cycle's stage history could have followed the entries before it. Each
 * problem is reported on {@code entries[i].stage}, {@code entries[i].date} or
 * {@code entries[i].reason} with the code a refused move would give: {@code cycle.stage.skipped},
 * {@code cycle.stage.out-of-order}, {@code cycle.stage.same}, {@code cycle.stage.terminal},
 * {@code cycle.stage.not-started}, {@code cycle.resume.mismatch}, {@code cycle.date.before-last},
 * {@code cycle.reason.missing}.
 */
@Documented
@Constraint(validatedBy = CycleHistoryInOrderValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface CycleHistoryInOrder {
  /** @return the message template: the stable code in braces */
  String message() default "{cycle.history.invalid}";

  /** @return validation groups */
  Class<?>[] groups() default {};

  /** @return payload */
  Class<? extends Payload>[] payload() default {};
}
