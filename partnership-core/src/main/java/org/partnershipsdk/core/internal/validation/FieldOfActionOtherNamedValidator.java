package org.partnershipsdk.core.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.partnershipsdk.core.initiative.Initiative;
import org.partnershipsdk.core.model.FieldOfAction;
import org.partnershipsdk.core.organisation.Organisation;
import org.partnershipsdk.core.validation.constraints.FieldOfActionOtherNamed;

/** Checks {@link FieldOfActionOtherNamed} on organisations and initiatives. Not for public use. */
public final class FieldOfActionOtherNamedValidator implements ConstraintValidator<FieldOfActionOtherNamed, Object> {
  @Override
  public boolean isValid(Object value, ConstraintValidatorContext context) {
    Set<FieldOfAction> fields;
    Optional<String> other;
    if (value instanceof Organisation organisation) {
      fields = organisation.fieldsOfAction();
      other = organisation.otherFieldOfAction();
    } else if (value instanceof Initiative initiative) {
      fields = initiative.fieldsOfAction();
      other = initiative.otherFieldOfAction();
    } else {
      return true;
    }
    if (!fields.contains(FieldOfAction.OTHER) || other.filter(s -> !s.isBlank()).isPresent()) {
      return true;
    }
    ConstraintReports.report(context, "field-of-action.other-unnamed", "otherFieldOfAction", Map.of());
    return false;
  }
}
