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
 * Each entry of a project cycle's stage history could have followed the entries before it in any
 * cycle model: a suspension or cancellation comes after the cycle started and gives a reason, a
 * cancelled cycle is not suspended, an entry does not repeat the stage the cycle is in, and no date
 * goes back. Each problem is reported on {@code entries[i].stage}, {@code entries[i].date} or
 * {@code entries[i].reason} with the code a refused move would give: {@code cycle.stage.not-started},
 * {@code cycle.stage.same}, {@code cycle.stage.terminal}, {@code cycle.reason.missing},
 * {@code cycle.date.before-last}.
 *
 * <p>Whether the moves follow the cycle model of the initiative's programme (no stage skipped, no
 * going back or reopening the model does not allow) depends on the programme, which a cycle alone
 * does not know: the rules {@code initiative.cycle.out-of-order} and
 * {@code initiative.cycle.stage-skipped} check it.
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
