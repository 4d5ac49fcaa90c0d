package org.partnershipsdk.core.validation.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.partnershipsdk.core.internal.validation.CycleModelConsistentValidator;

/**
 * A cycle model can work: its path has stages ({@code cycle.model.path.empty} on {@code path}),
 * each once ({@code cycle.model.stage.repeated} on {@code path[i]}), none of them suspended or
 * cancelled ({@code cycle.model.stage.not-on-path} on {@code path[i]}); its optional stages, moves
 * and guards name stages of the path ({@code cycle.model.stage.unknown} on
 * {@code optionalStages}, {@code moves[i].from}, {@code moves[i].to} or {@code guards[i].stage}; a
 * move may start from cancelled, to reopen); the first and last stages are not optional
 * ({@code cycle.model.optional.end} on {@code optionalStages}); and no move goes from a stage to
 * itself ({@code cycle.model.move.same} on {@code moves[i].to}).
 */
@Documented
@Constraint(validatedBy = CycleModelConsistentValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface CycleModelConsistent {
  /** @return the message template: the stable code in braces */
  String message() default "{cycle.model.path.empty}";

  /** @return validation groups */
  Class<?>[] groups() default {};

  /** @return payload */
  Class<? extends Payload>[] payload() default {};
}
