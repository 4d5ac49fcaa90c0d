package org.partnershipsdk.core.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.partnershipsdk.core.reciprocity.CriteriaSet;
import org.partnershipsdk.core.reciprocity.Criterion;
import org.partnershipsdk.core.validation.constraints.ReciprocityUniqueCriteria;

/** Checks {@link ReciprocityUniqueCriteria}. Not for public use. */
public final class ReciprocityUniqueCriteriaValidator
    implements ConstraintValidator<ReciprocityUniqueCriteria, CriteriaSet> {
  @Override
  public boolean isValid(CriteriaSet set, ConstraintValidatorContext context) {
    if (set == null) {
      return true;
    }
    boolean valid = true;
    Map<String, Integer> first = new HashMap<>();
    List<Criterion> criteria = set.criteria();
    for (int i = 0; i < criteria.size(); i++) {
      String code = criteria.get(i).code();
      Integer earlier = first.putIfAbsent(code, i);
      if (earlier != null) {
        ConstraintReports.reportInList(context, "reciprocity.criterion.duplicate", "criteria", i, "code",
            Map.of("code", code, "firstIndex", earlier));
        valid = false;
      }
    }
    return valid;
  }
}
