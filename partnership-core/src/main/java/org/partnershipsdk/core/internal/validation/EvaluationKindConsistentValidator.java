package org.partnershipsdk.core.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Map;
import java.util.Optional;
import org.partnershipsdk.core.initiative.Evaluation;
import org.partnershipsdk.core.model.Coded;
import org.partnershipsdk.core.validation.constraints.EvaluationKindConsistent;

/** Checks {@link EvaluationKindConsistent}. Not for public use. */
public final class EvaluationKindConsistentValidator
    implements ConstraintValidator<EvaluationKindConsistent, Evaluation> {
  @Override
  public boolean isValid(Evaluation evaluation, ConstraintValidatorContext context) {
    if (evaluation == null) {
      return true;
    }
    if (evaluation.kind().isEmpty()) {
      if (evaluation.timing().isEmpty() && evaluation.ledBy().isEmpty()) {
        ConstraintReports.report(context, "value.required", "timing", Map.of());
        return false;
      }
      return true;
    }
    Optional<? extends Coded> said = evaluation.kind().get().timing().isPresent() ? evaluation.timing()
        : evaluation.ledBy();
    Optional<? extends Coded> implied = evaluation.kind().get().timing().isPresent()
        ? evaluation.kind().get().timing() : evaluation.kind().get().lead();
    if (said.isEmpty() || said.equals(implied)) {
      return true;
    }
    ConstraintReports.report(context, "evaluation.kind.contradiction", "kind",
        Map.of("kind", evaluation.kind().get(), "stated", said.get()));
    return false;
  }
}
