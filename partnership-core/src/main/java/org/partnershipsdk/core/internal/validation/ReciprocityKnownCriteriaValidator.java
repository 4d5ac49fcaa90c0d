package org.partnershipsdk.core.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.partnershipsdk.core.reciprocity.Answer;
import org.partnershipsdk.core.reciprocity.CriteriaSet;
import org.partnershipsdk.core.reciprocity.ReciprocityAssessment;
import org.partnershipsdk.core.validation.constraints.ReciprocityKnownCriteria;

/** Checks {@link ReciprocityKnownCriteria}. Not for public use. */
public final class ReciprocityKnownCriteriaValidator
    implements ConstraintValidator<ReciprocityKnownCriteria, ReciprocityAssessment> {
  @Override
  public boolean isValid(ReciprocityAssessment assessment, ConstraintValidatorContext context) {
    if (assessment == null) {
      return true;
    }
    CriteriaSet set = assessment.criteriaSet();
    Set<String> known = new HashSet<>(set.codes());
    boolean valid = true;
    for (int r = 0; r < assessment.responses().size(); r++) {
      List<Answer> answers = assessment.responses().get(r).answers();
      for (int a = 0; a < answers.size(); a++) {
        String criterion = answers.get(a).criterion();
        if (!known.contains(criterion)) {
          ReciprocityReports.reportOnAnswer(context, "reciprocity.criterion.unknown", r, a, "criterion",
              Map.of("criterion", criterion, "set", set.id(), "version", set.version()));
          valid = false;
        }
      }
    }
    return valid;
  }
}
