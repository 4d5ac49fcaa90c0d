package org.partnershipsdk.core.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import java.util.Map;
import org.partnershipsdk.core.model.CountryCode;
import org.partnershipsdk.core.model.Territory;
import org.partnershipsdk.core.organisation.Organisation;
import org.partnershipsdk.core.validation.constraints.OrganisationTerritoriesInCountry;

/** Checks {@link OrganisationTerritoriesInCountry}. Not for public use. */
public final class OrganisationTerritoriesInCountryValidator
    implements ConstraintValidator<OrganisationTerritoriesInCountry, Organisation> {
  @Override
  public boolean isValid(Organisation organisation, ConstraintValidatorContext context) {
    if (organisation == null || organisation.country().isEmpty()) {
      return true;
    }
    CountryCode country = organisation.country().get();
    List<Territory> territories = organisation.territories();
    boolean valid = true;
    for (int i = 0; i < territories.size(); i++) {
      Territory territory = territories.get(i);
      if (!territory.country().equals(country)) {
        ConstraintReports.reportInList(context, "organisation.territory.other-country", "territories", i,
            "country", Map.of("territory", territory.name(), "territoryCountry", territory.country(),
                "country", country));
        valid = false;
      }
    }
    return valid;
  }
}
