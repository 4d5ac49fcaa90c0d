package org.partnershipsdk.core.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.partnershipsdk.core.mission.MissionReturn;
import org.partnershipsdk.core.mission.VolunteerMission;
import org.partnershipsdk.core.validation.constraints.MissionReturnAfterEnd;

/** Checks {@link MissionReturnAfterEnd}. Not for public use. */
public final class MissionReturnAfterEndValidator
    implements ConstraintValidator<MissionReturnAfterEnd, VolunteerMission> {
  private static final String CODE = "mission.return.before-end";

  @Override
  public boolean isValid(VolunteerMission mission, ConstraintValidatorContext context) {
    if (mission == null || mission.missionReturn().isEmpty() || mission.lastDay().isEmpty()) {
      return true;
    }
    MissionReturn missionReturn = mission.missionReturn().get();
    LocalDate end = mission.lastDay().get();
    boolean interviewValid = check(context, missionReturn.returnInterview(), end, "returnInterview");
    boolean reportValid = check(context, missionReturn.reportDelivered(), end, "reportDelivered");
    return interviewValid && reportValid;
  }

  private static boolean check(ConstraintValidatorContext context, Optional<LocalDate> date, LocalDate end,
      String property) {
    if (date.isEmpty() || !date.get().isBefore(end)) {
      return true;
    }
    MissionReports.reportNested(context, CODE, "missionReturn", property, Map.of("date", date.get(), "end", end));
    return false;
  }
}
