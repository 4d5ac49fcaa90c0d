package org.partnershipsdk.core.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.partnershipsdk.core.initiative.Initiative;
import org.partnershipsdk.core.initiative.Participant;
import org.partnershipsdk.core.initiative.ParticipantRole;
import org.partnershipsdk.core.mission.VolunteerMission;
import org.partnershipsdk.core.model.CountryCode;
import org.partnershipsdk.core.model.InitiativeId;
import org.partnershipsdk.core.model.MissionId;
import org.partnershipsdk.core.model.OrganisationId;
import org.partnershipsdk.core.model.PartnershipId;
import org.partnershipsdk.core.organisation.Organisation;
import org.partnershipsdk.core.organisation.OrganisationNature;
import org.partnershipsdk.core.partnership.Partnership;
import org.partnershipsdk.core.validation.ModelValidator;
import org.partnershipsdk.core.validation.Violation;

class PortfolioTest {
  private static final OrganisationId AHPA = OrganisationId.of("ahpa");
  private static final OrganisationId CRIPADD = OrganisationId.of("cripadd");

  private final ModelValidator validator = ModelValidator.create();

  private static Organisation organisation(OrganisationId id, String name, String country) {
    return Organisation.builder().id(id).name(name).nature(OrganisationNature.ASSOCIATION)
        .country(CountryCode.of(country)).build();
  }

  private static Portfolio consistent() {
    return Portfolio.builder()
        .addOrganisations(organisation(AHPA, "AHPA", "FR"), organisation(CRIPADD, "CRIPADD", "BJ"))
        .addPartnerships(Partnership.builder().id(PartnershipId.of("ahpa-cripadd"))
            .supportingOrganisation(AHPA).partner(CRIPADD).since(java.time.LocalDate.of(2019, 1, 1)).build())
        .addInitiatives(Initiative.builder().id(InitiativeId.of("kpomasse-tomatoes"))
            .title("Conserves de tomates à Kpomassé")
            .addParticipants(Participant.of(AHPA, ParticipantRole.HOLDER), Participant.of(CRIPADD, ParticipantRole.LOCAL_PARTNER))
            .build())
        .build();
  }

  @Test
  void aPortfolioWhoseReferencesAllResolveValidatesClean() {
    assertThat(validator.validate(consistent()).violations()).isEmpty();
    assertThat(Portfolio.empty().initiatives()).isEmpty();
  }

  @Test
  void everyDanglingReferenceIsReportedAtItsExactPath() {
    Portfolio broken = consistent()
        .withOrganisations(organisation(AHPA, "AHPA", "FR"))
        .withMissions(VolunteerMission.builder().id(MissionId.of("kpomasse-2023")).title("Kpomassé")
            .initiative(InitiativeId.of("nowhere")).localPartner(CRIPADD).build());
    var violations = validator.validate(broken).withCode("portfolio.reference.unknown");
    assertThat(violations).extracting(Violation::path).containsExactly(
        "initiatives[0].participants[1].organisation",
        "missions[0].initiative",
        "missions[0].localPartner",
        "partnerships[0].partner");
    assertThat(violations).extracting(Violation::segments).first()
        .isEqualTo(java.util.List.of("initiatives", "0", "participants", "1", "organisation"));
    assertThat(violations.get(0).message(Locale.ENGLISH)).isEqualTo("No element of the portfolio has the identifier cripadd");
    assertThat(violations.get(0).message(Locale.FRENCH)).isEqualTo("Aucun élément du portefeuille n'a l'identifiant cripadd");
  }

  @Test
  void anIdentifierUsedTwiceWithinAKindIsReportedOnTheSecondUse() {
    Portfolio twice = consistent().withOrganisations(
        organisation(AHPA, "AHPA", "FR"), organisation(CRIPADD, "CRIPADD", "BJ"), organisation(AHPA, "AHPA bis", "FR"));
    assertThat(validator.validate(twice).violations()).extracting(v -> v.code() + "@" + v.path())
        .containsExactly("portfolio.id.duplicate@organisations[2].id");
  }

  @Test
  void toStringCountsRatherThanPrints() {
    assertThat(consistent()).hasToString(
        "Portfolio{organisations=2, programmes=0, partnerships=1, initiatives=1, missions=0, assessments=0,"
            + " agreements=0, transactions=0}");
  }
}
