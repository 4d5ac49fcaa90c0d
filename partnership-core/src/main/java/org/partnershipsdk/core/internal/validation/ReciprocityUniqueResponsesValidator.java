package org.partnershipsdk.core.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.partnershipsdk.core.model.OrganisationId;
import org.partnershipsdk.core.reciprocity.ReciprocityAssessment;
import org.partnershipsdk.core.reciprocity.Response;
import org.partnershipsdk.core.validation.constraints.ReciprocityUniqueResponses;

/** Checks {@link ReciprocityUniqueResponses}. Not for public use. */
public final class ReciprocityUniqueResponsesValidator
    implements ConstraintValidator<ReciprocityUniqueResponses, ReciprocityAssessment> {
  @Override
  public boolean isValid(ReciprocityAssessment assessment, ConstraintValidatorContext context) {
    if (assessment == null) {
      return true;
    }
    boolean valid = true;
    Map<OrganisationId, Integer> first = new HashMap<>();
    List<Response> responses = assessment.responses();
    for (int i = 0; i < responses.size(); i++) {
      OrganisationId respondent = responses.get(i).respondent();
      Integer earlier = first.putIfAbsent(respondent, i);
      if (earlier != null) {
        ConstraintReports.reportInList(context, "reciprocity.response.duplicate", "responses", i, "respondent",
            Map.of("respondent", respondent.value(), "firstIndex", earlier));
        valid = false;
      }
    }
    return valid;
  }
}
