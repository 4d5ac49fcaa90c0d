package org.partnershipsdk.core.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.partnershipsdk.core.reciprocity.Answer;
import org.partnershipsdk.core.reciprocity.Response;
import org.partnershipsdk.core.validation.constraints.ReciprocityUniqueAnswers;

/** Checks {@link ReciprocityUniqueAnswers}. Not for public use. */
public final class ReciprocityUniqueAnswersValidator implements ConstraintValidator<ReciprocityUniqueAnswers, Response> {
  @Override
  public boolean isValid(Response response, ConstraintValidatorContext context) {
    if (response == null) {
      return true;
    }
    boolean valid = true;
    Map<String, Integer> first = new HashMap<>();
    List<Answer> answers = response.answers();
    for (int i = 0; i < answers.size(); i++) {
      String criterion = answers.get(i).criterion();
      Integer earlier = first.putIfAbsent(criterion, i);
      if (earlier != null) {
        ConstraintReports.reportInList(context, "reciprocity.answer.duplicate", "answers", i, "criterion",
            Map.of("criterion", criterion, "firstIndex", earlier));
        valid = false;
      }
    }
    return valid;
  }
}
