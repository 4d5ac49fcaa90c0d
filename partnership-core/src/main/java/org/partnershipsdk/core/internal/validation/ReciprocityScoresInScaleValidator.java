package org.partnershipsdk.core.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import java.util.Map;
import org.partnershipsdk.core.reciprocity.Answer;
import org.partnershipsdk.core.reciprocity.ReciprocityAssessment;
import org.partnershipsdk.core.reciprocity.Scale;
import org.partnershipsdk.core.validation.constraints.ReciprocityScoresInScale;

/** Checks {@link ReciprocityScoresInScale}. Not for public use. */
public final class ReciprocityScoresInScaleValidator
    implements ConstraintValidator<ReciprocityScoresInScale, ReciprocityAssessment> {
  @Override
  public boolean isValid(ReciprocityAssessment assessment, ConstraintValidatorContext context) {
    // A scale out of order is reported on the scale; every score would also be "outside" it.
    if (assessment == null || !assessment.criteriaSet().scale().isOrdered()) {
      return true;
    }
    Scale scale = assessment.criteriaSet().scale();
    boolean valid = true;
    for (int r = 0; r < assessment.responses().size(); r++) {
      List<Answer> answers = assessment.responses().get(r).answers();
      for (int a = 0; a < answers.size(); a++) {
        Answer answer = answers.get(a);
        if (answer.score().isPresent() && !scale.contains(answer.score().getAsInt())) {
          ReciprocityReports.reportOnAnswer(context, "reciprocity.score.out-of-scale", r, a, "score",
              Map.of("score", answer.score().getAsInt(), "min", scale.min(), "max", scale.max(),
                  "criterion", answer.criterion()));
          valid = false;
        }
      }
    }
    return valid;
  }
}
