package org.partnershipsdk.core.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Map;
import java.util.OptionalLong;
import org.partnershipsdk.core.mission.VolunteerMission;
import org.partnershipsdk.core.validation.constraints.MissionDurationMatchesPeriod;

/** Checks {@link MissionDurationMatchesPeriod}. Not for public use. */
public final class MissionDurationMatchesPeriodValidator
    implements ConstraintValidator<MissionDurationMatchesPeriod, VolunteerMission> {
  @Override
  public boolean isValid(VolunteerMission mission, ConstraintValidatorContext context) {
    if (mission == null || mission.durationDays().isEmpty()) {
      return true;
    }
    OptionalLong periodDays = mission.period().days();
    // A period ending before it starts is reported by period.order; a mismatch would only repeat it.
    if (periodDays.isEmpty() || periodDays.getAsLong() < 1
        || periodDays.getAsLong() == mission.durationDays().getAsInt()) {
      return true;
    }
    ConstraintReports.report(context, "mission.duration.mismatch", "durationDays",
        Map.of("declared", mission.durationDays().getAsInt(), "days", periodDays.getAsLong()));
    return false;
  }
}
