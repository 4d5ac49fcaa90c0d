package org.partnershipsdk.core.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Map;
import org.partnershipsdk.core.mission.VolunteerMission;
import org.partnershipsdk.core.validation.constraints.MissionTypeStated;

/** Checks {@link MissionTypeStated}. Not for public use. */
public final class MissionTypeStatedValidator implements ConstraintValidator<MissionTypeStated, VolunteerMission> {
  @Override
  public boolean isValid(VolunteerMission mission, ConstraintValidatorContext context) {
    if (mission == null || mission.type().isPresent() || !mission.types().isEmpty()) {
      return true;
    }
    ConstraintReports.report(context, "value.required", "type", Map.of());
    return false;
  }
}
