package org.partnershipsdk.core.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.partnershipsdk.core.initiative.Initiative;
import org.partnershipsdk.core.initiative.Participant;
import org.partnershipsdk.core.model.OrganisationId;
import org.partnershipsdk.core.results.Activity;
import org.partnershipsdk.core.results.ExpectedResult;
import org.partnershipsdk.core.results.SpecificObjective;
import org.partnershipsdk.core.validation.constraints.ResultsActivityResponsibleTakesPart;

/** Checks {@link ResultsActivityResponsibleTakesPart}. Not for public use. */
public final class ResultsActivityResponsibleTakesPartValidator
    implements ConstraintValidator<ResultsActivityResponsibleTakesPart, Initiative> {
  @Override
  public boolean isValid(Initiative initiative, ConstraintValidatorContext context) {
    if (initiative == null) {
      return true;
    }
    Set<OrganisationId> participants = null;
    boolean valid = true;
    var objectives = initiative.resultsFramework().specificObjectives();
    for (int s = 0; s < objectives.size(); s++) {
      SpecificObjective objective = objectives.get(s);
      for (int r = 0; r < objective.expectedResults().size(); r++) {
        ExpectedResult result = objective.expectedResults().get(r);
        for (int a = 0; a < result.activities().size(); a++) {
          Activity activity = result.activities().get(a);
          if (activity.responsible().isEmpty()) {
            continue;
          }
          if (participants == null) {
            participants = initiative.participants().stream().map(Participant::organisation).collect(Collectors.toSet());
          }
          if (!participants.contains(activity.responsible().get())) {
            ConstraintReports.reportAt(context, "results.activity.responsible-not-participant",
                Map.of("organisation", activity.responsible().get()), "resultsFramework", "specificObjectives", s,
                "expectedResults", r, "activities", a, "responsible");
            valid = false;
          }
        }
      }
    }
    return valid;
  }
}
