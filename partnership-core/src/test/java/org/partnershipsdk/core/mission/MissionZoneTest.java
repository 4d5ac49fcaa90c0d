package org.partnershipsdk.core.mission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.partnershipsdk.core.mission.MissionExamples.BENIN;
import static org.partnershipsdk.core.mission.MissionExamples.CONGO;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.partnershipsdk.core.model.CountryCode;
import org.partnershipsdk.core.model.Territory;
import org.partnershipsdk.core.model.TerritoryLevel;
import org.partnershipsdk.core.validation.ModelValidator;
import org.partnershipsdk.core.validation.Violation;

class MissionZoneTest {
  private final MissionZone pool = MissionExamples.moulenda().zone();

  @Test
  void holdsACountryAndItsTerritories() {
    assertThat(pool.country()).contains(CONGO);
    assertThat(pool.territories()).extracting(Territory::name).containsExactly("Pool", "Moulenda");
    assertThat(pool.territories()).extracting(Territory::level)
        .containsExactly(TerritoryLevel.DEPARTMENT, TerritoryLevel.MUNICIPALITY);
    assertThat(MissionZone.builder().from(pool).build()).isEqualTo(pool).hasSameHashCodeAs(pool);
    assertThat(MissionZone.unknown().country()).isEmpty();
    assertThat(MissionZone.unknown().territories()).isEmpty();
  }

  @Test
  void aValidZoneValidatesClean() {
    assertThat(ModelValidator.create().validate(pool).violations()).isEmpty();
  }

  @Test
  void aZoneWithoutCountryIsReported() {
    assertThat(ModelValidator.create().validate(MissionZone.unknown()).violations())
        .extracting(Violation::code, Violation::path)
        .containsExactly(tuple("value.required", "country"));
  }

  @Test
  void anUnassignedCountryIsReported() {
    var report = ModelValidator.create().validate(MissionZone.builder().country(CountryCode.of("ZZ")).build());
    assertThat(report.violations())
        .extracting(Violation::code, Violation::path)
        .containsExactly(tuple("country.unassigned", "country"));
  }

  @Test
  void aTerritoryInAnotherCountryIsReportedAtItsIndex() {
    MissionZone zone = pool.withTerritories(
        Territory.of(CONGO, TerritoryLevel.DEPARTMENT, "Pool"),
        Territory.of(BENIN, TerritoryLevel.MUNICIPALITY, "Kpomassé"));
    var report = ModelValidator.create().validate(zone);
    assertThat(report.violations())
        .extracting(Violation::code, Violation::path)
        .containsExactly(tuple("mission.zone.country-mismatch", "territories[1].country"));
    Violation violation = report.violations().get(0);
    assertThat(violation.message(Locale.ENGLISH))
        .isEqualTo("The territory Kpomassé is in BJ, not in the zone's country CG");
    assertThat(violation.message(Locale.FRENCH)).contains("Kpomassé", "BJ", "CG");
  }

  @Test
  void territoriesAreCheckedOnlyOnceTheCountryIsKnown() {
    MissionZone zone = MissionZone.builder().addTerritory(Territory.of(BENIN, TerritoryLevel.MUNICIPALITY, "Ouidah"))
        .build();
    assertThat(ModelValidator.create().validate(zone).violations())
        .extracting(Violation::code, Violation::path)
        .containsExactly(tuple("value.required", "country"));
  }

  @Test
  void aTerritoryWithABlankNameIsReportedThroughTheCascade() {
    MissionZone zone = pool.withTerritories(Territory.of(CONGO, TerritoryLevel.MUNICIPALITY, ""));
    assertThat(ModelValidator.create().validate(zone).violations())
        .extracting(Violation::code, Violation::path)
        .containsExactly(tuple("value.blank", "territories[0].name"));
  }
}
