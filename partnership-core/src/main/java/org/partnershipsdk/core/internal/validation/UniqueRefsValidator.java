package org.partnershipsdk.core.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.partnershipsdk.core.model.Referable;
import org.partnershipsdk.core.validation.constraints.UniqueRefs;

/** Checks {@link UniqueRefs}. Not for public use. */
public final class UniqueRefsValidator implements ConstraintValidator<UniqueRefs, List<?>> {
  @Override
  public boolean isValid(List<?> elements, ConstraintValidatorContext context) {
    if (elements == null || elements.size() < 2) {
      return true;
    }
    Map<String, Integer> first = new HashMap<>();
    boolean valid = true;
    for (int i = 0; i < elements.size(); i++) {
      if (!(elements.get(i) instanceof Referable element) || element.ref().isEmpty()) {
        continue;
      }
      Integer earlier = first.putIfAbsent(element.ref().get(), i);
      if (earlier != null) {
        valid = false;
        var builder = ConstraintReports.start(context, "ref.duplicate",
            Map.of("ref", element.ref().get(), "first", earlier + 1, "number", i + 1));
        if (builder != null) {
          builder.addPropertyNode("ref").inIterable().atIndex(i).addConstraintViolation();
        }
      }
    }
    return valid;
  }
}
