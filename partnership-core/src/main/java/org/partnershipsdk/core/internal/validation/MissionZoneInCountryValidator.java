package org.partnershipsdk.core.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import java.util.Map;
import org.partnershipsdk.core.mission.MissionZone;
import org.partnershipsdk.core.model.CountryCode;
import org.partnershipsdk.core.model.Territory;
import org.partnershipsdk.core.validation.constraints.MissionZoneInCountry;

/** Checks {@link MissionZoneInCountry}. Not for public use. */
public final class MissionZoneInCountryValidator implements ConstraintValidator<MissionZoneInCountry, MissionZone> {
  @Override
  public boolean isValid(MissionZone zone, ConstraintValidatorContext context) {
    if (zone == null || zone.country().isEmpty()) {
      return true;
    }
    CountryCode country = zone.country().get();
    List<Territory> territories = zone.territories();
    boolean valid = true;
    for (int i = 0; i < territories.size(); i++) {
      Territory territory = territories.get(i);
      if (!territory.country().equals(country)) {
        ConstraintReports.reportInList(context, "mission.zone.country-mismatch", "territories", i, "country",
            Map.of("territory", territory.name(), "territoryCountry", territory.country(), "country", country));
        valid = false;
      }
    }
    return valid;
  }
}
