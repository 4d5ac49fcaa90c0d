package org.partnershipsdk.core.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.partnershipsdk.core.mission.VolunteerMission;
import org.partnershipsdk.core.validation.constraints.MissionPreparedBeforeDeparture;

/** Checks {@link MissionPreparedBeforeDeparture}. Not for public use. */
public final class MissionPreparedBeforeDepartureValidator
    implements ConstraintValidator<MissionPreparedBeforeDeparture, VolunteerMission> {
  private static final String CODE = "mission.preparation.after-departure";

  @Override
  public boolean isValid(VolunteerMission mission, ConstraintValidatorContext context) {
    if (mission == null || mission.period().start().isEmpty()) {
      return true;
    }
    LocalDate departure = mission.period().start().get();
    boolean remoteValid = check(context, mission.preparation().remoteSupportSince(), departure, "remoteSupportSince");
    boolean interviewValid = check(context, mission.preparation().preMissionInterview(), departure,
        "preMissionInterview");
    return remoteValid && interviewValid;
  }

  private static boolean check(ConstraintValidatorContext context, Optional<LocalDate> date, LocalDate departure,
      String property) {
    if (date.isEmpty() || !date.get().isAfter(departure)) {
      return true;
    }
    MissionReports.reportNested(context, CODE, "preparation", property,
        Map.of("date", date.get(), "departure", departure));
    return false;
  }
}
