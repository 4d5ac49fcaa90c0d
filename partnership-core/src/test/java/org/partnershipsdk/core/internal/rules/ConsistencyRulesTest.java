package org.partnershipsdk.core.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.partnershipsdk.core.initiative.CoFinancing;
import org.partnershipsdk.core.initiative.Initiative;
import org.partnershipsdk.core.initiative.Participant;
import org.partnershipsdk.core.initiative.ParticipantRole;
import org.partnershipsdk.core.mission.MissionDirection;
import org.partnershipsdk.core.mission.MissionZone;
import org.partnershipsdk.core.mission.VolunteerMission;
import org.partnershipsdk.core.model.AssessmentId;
import org.partnershipsdk.core.model.CountryCode;
import org.partnershipsdk.core.model.InitiativeId;
import org.partnershipsdk.core.model.MissionId;
import org.partnershipsdk.core.model.Money;
import org.partnershipsdk.core.model.OrganisationId;
import org.partnershipsdk.core.model.PartnershipId;
import org.partnershipsdk.core.model.Territory;
import org.partnershipsdk.core.model.TerritoryLevel;
import org.partnershipsdk.core.organisation.Organisation;
import org.partnershipsdk.core.organisation.OrganisationNature;
import org.partnershipsdk.core.partnership.Partnership;
import org.partnershipsdk.core.portfolio.Portfolio;
import org.partnershipsdk.core.reciprocity.Answer;
import org.partnershipsdk.core.reciprocity.CriteriaSets;
import org.partnershipsdk.core.reciprocity.ReciprocityAssessment;
import org.partnershipsdk.core.reciprocity.Response;
import org.partnershipsdk.core.reciprocity.Side;
import org.partnershipsdk.core.rules.Finding;
import org.partnershipsdk.core.rules.Profile;
import org.partnershipsdk.core.rules.Rule;
import org.partnershipsdk.core.rules.RulesEngine;
import org.partnershipsdk.core.rules.Severity;

/**
 * Each consistency rule fires and stays silent: the Comasagua ↔ Montauban partnership of the
 * Secours populaire of Tarn-et-Garonne and Canasta Campesina, and a cross mission of its initiative
 * (dates illustrative).
 */
class ConsistencyRulesTest {
  private static final Clock CLOCK = Clock.fixed(LocalDate.of(2024, 6, 30).atStartOfDay(ZoneOffset.UTC).toInstant(),
      ZoneOffset.UTC);
  private static final OrganisationId SPF = OrganisationId.of("spf-82");
  private static final OrganisationId CANASTA = OrganisationId.of("canasta-campesina");
  private static final OrganisationId CFSI = OrganisationId.of("cfsi");
  private static final OrganisationId CCFD = OrganisationId.of("ccfd-terre-solidaire");
  private static final PartnershipId PARTNERSHIP = PartnershipId.of("spf82-canasta-campesina");
  private static final CountryCode SV = CountryCode.of("SV");

  private static final List<Organisation> ORGANISATIONS = List.of(
      organisation(SPF, "Secours populaire français, Tarn-et-Garonne", CountryCode.FRANCE),
      organisation(CANASTA, "Canasta Campesina", SV),
      organisation(CFSI, "CFSI", CountryCode.FRANCE));

  private static Organisation organisation(OrganisationId id, String name, CountryCode country) {
    return Organisation.builder().id(id).name(name).nature(OrganisationNature.ASSOCIATION).country(country).build();
  }

  private static Partnership partnership() {
    return Partnership.builder().id(PARTNERSHIP).supportingOrganisation(SPF).partner(CANASTA)
        .since(LocalDate.of(2014, 10, 1)).build();
  }

  private static Initiative.Builder comasagua() {
    return Initiative.builder().id(InitiativeId.of("caac-comasagua-montauban")).title("Comasagua ↔ Montauban")
        .partnership(PARTNERSHIP)
        .addParticipant(Participant.of(SPF, ParticipantRole.HOLDER, ParticipantRole.SUPPORTING_ORGANISATION))
        .addParticipant(Participant.of(CANASTA, ParticipantRole.LOCAL_PARTNER))
        .addParticipant(Participant.of(CFSI, ParticipantRole.FUNDER));
  }

  private static List<Finding> run(Rule<?> rule, Portfolio.Builder portfolio) {
    Portfolio all = portfolio.addAllOrganisations(ORGANISATIONS).addPartnership(partnership()).build();
    return RulesEngine.of(Profile.builder("test").add(rule).build(), CLOCK).evaluate(all).findings();
  }

  private static List<Finding> run(Rule<?> rule, Initiative initiative) {
    return run(rule, Portfolio.builder().addInitiative(initiative));
  }

  @Test
  void territoriesLinkingFranceAndAbroadWithoutTheDeclarationAreReported() {
    Initiative linked = comasagua()
        .addTerritory(Territory.of(CountryCode.FRANCE, TerritoryLevel.MUNICIPALITY, "Montauban"))
        .addTerritory(Territory.of(SV, TerritoryLevel.MUNICIPALITY, "Comasagua"))
        .build();
    assertThat(linked.linksFrenchAndForeignTerritories()).isTrue();
    List<Finding> found = run(ConsistencyRules.TERRITORY_TO_TERRITORY_UNDECLARED, linked);
    assertThat(found).extracting(Finding::path, Finding::severity)
        .containsExactly(tuple("territoryToTerritory", Severity.INFO));
    assertThat(found.get(0).message(Locale.ENGLISH)).isEqualTo(
        "Its 2 territories link France with abroad, but the initiative is not declared a territory-to-territory"
            + " cooperation");
    assertThat(run(ConsistencyRules.TERRITORY_TO_TERRITORY_UNDECLARED, linked.withTerritoryToTerritory(true)))
        .isEmpty();
    Initiative abroadOnly = linked.withTerritories(Territory.of(SV, TerritoryLevel.MUNICIPALITY, "Comasagua"));
    assertThat(abroadOnly.linksFrenchAndForeignTerritories()).isFalse();
    assertThat(run(ConsistencyRules.TERRITORY_TO_TERRITORY_UNDECLARED, abroadOnly)).isEmpty();
  }

  @Test
  void aSupportingOrganisationOtherThanThePartnershipsIsReported() {
    Initiative other = comasagua().addParticipant(Participant.of(CCFD, ParticipantRole.SUPPORTING_ORGANISATION)).build();
    List<Finding> found = run(ConsistencyRules.SUPPORTING_ORGANISATION_OUTSIDE_PARTNERSHIP, other);
    assertThat(found).extracting(Finding::path, Finding::severity)
        .containsExactly(tuple("participants[3].roles", Severity.WARNING));
    assertThat(found.get(0).message(Locale.FRENCH)).isEqualTo("ccfd-terre-solidaire participe comme organisation"
        + " d'appui, mais le partenariat spf82-canasta-campesina est appuyé par Secours populaire français,"
        + " Tarn-et-Garonne");
    assertThat(run(ConsistencyRules.SUPPORTING_ORGANISATION_OUTSIDE_PARTNERSHIP, comasagua().build())).isEmpty();
    assertThat(run(ConsistencyRules.SUPPORTING_ORGANISATION_OUTSIDE_PARTNERSHIP,
        other.withPartnership(PartnershipId.of("elsewhere")))).as("a partnership the portfolio does not hold").isEmpty();
  }

  @Test
  void aCoFinancingFromAnOrganisationThatIsNoFunderIsReported() {
    Initiative initiative = comasagua().budget(Money.of("90000", "EUR"))
        .addCoFinancing(CoFinancing.of(CFSI, Money.of("45000", "EUR")), CoFinancing.of(CANASTA, Money.of("5000", "EUR")))
        .build();
    List<Finding> found = run(ConsistencyRules.CO_FINANCING_FUNDER_WITHOUT_ROLE, initiative);
    assertThat(found).extracting(Finding::path).containsExactly("coFinancing[1].funder");
    assertThat(found.get(0).message(Locale.ENGLISH))
        .isEqualTo("Canasta Campesina brings a share of the budget but does not take part as a funder or a co-funder");
    Initiative coFunder = initiative.withParticipants(initiative.participants().get(0), initiative.participants().get(2),
        Participant.of(CANASTA, ParticipantRole.LOCAL_PARTNER, ParticipantRole.CO_FUNDER));
    assertThat(run(ConsistencyRules.CO_FINANCING_FUNDER_WITHOUT_ROLE, coFunder)).isEmpty();
  }

  @Test
  void aDirectionThePlacesContradictIsReported() {
    VolunteerMission visit = VolunteerMission.builder().id(MissionId.of("caac-comasagua-cross-visit"))
        .volunteersStructure(CANASTA).direction(MissionDirection.NORTH_SOUTH)
        .zone(MissionZone.builder().country(CountryCode.FRANCE).build()).build();
    List<Finding> found = run(ConsistencyRules.DIRECTION_CONTRADICTS_PLACES, Portfolio.builder().addMission(visit));
    assertThat(found).extracting(Finding::path, Finding::severity).containsExactly(tuple("direction", Severity.WARNING));
    assertThat(found.get(0).message(Locale.ENGLISH)).isEqualTo(
        "Declared North to South, but its volunteers' structure is in SV and it takes place in FR: South to North");
    assertThat(run(ConsistencyRules.DIRECTION_CONTRADICTS_PLACES,
        Portfolio.builder().addMission(visit.withDirection(MissionDirection.SOUTH_NORTH)))).isEmpty();
    VolunteerMission domestic = visit.withVolunteersStructure(SPF);
    assertThat(run(ConsistencyRules.DIRECTION_CONTRADICTS_PLACES, Portfolio.builder().addMission(domestic)).get(0)
        .message(Locale.FRENCH)).isEqualTo("Déclarée Nord-Sud, mais la structure de ses volontaires est en FR et elle"
            + " a lieu en FR : aucun (de la France vers la France)");
    assertThat(run(ConsistencyRules.DIRECTION_CONTRADICTS_PLACES,
        Portfolio.builder().addMission(visit.withZone(MissionZone.unknown())))).isEmpty();
  }

  @Test
  void theDirectionIsDerivedFromHereAndThere() {
    CountryCode benin = CountryCode.of("BJ");
    assertThat(MissionDirection.between(CountryCode.FRANCE, benin)).contains(MissionDirection.NORTH_SOUTH);
    assertThat(MissionDirection.between(benin, CountryCode.FRANCE)).contains(MissionDirection.SOUTH_NORTH);
    assertThat(MissionDirection.between(benin, SV)).contains(MissionDirection.SOUTH_SOUTH);
    assertThat(MissionDirection.between(CountryCode.FRANCE, CountryCode.FRANCE)).isEmpty();
  }

  @Test
  void aRespondentAnsweringForASideNotItsOwnIsReported() {
    ReciprocityAssessment assessment = ReciprocityAssessment.builder().id(AssessmentId.of("comasagua-2021"))
        .partnership(PARTNERSHIP).date(LocalDate.of(2021, 6, 15)).criteriaSet(CriteriaSets.standard())
        .addResponses(response(SPF, Side.SUPPORTING_ORGANISATION), response(CANASTA, Side.SUPPORTING_ORGANISATION),
            response(CFSI, Side.PARTNER))
        .build();
    List<Finding> found = run(ConsistencyRules.RESPONDENT_SIDE_MISMATCH, Portfolio.builder().addAssessment(assessment));
    assertThat(found).extracting(Finding::path, Finding::severity).containsExactly(
        tuple("responses[1].side", Severity.ERROR), tuple("responses[2].side", Severity.ERROR));
    assertThat(found.get(0).message(Locale.ENGLISH)).isEqualTo(
        "Canasta Campesina answered for the side Supporting organisation, while in this partnership it is its partner");
    assertThat(found.get(1).message(Locale.FRENCH)).isEqualTo(
        "CFSI a répondu pour le côté Partenaire, alors que dans ce partenariat ce n'est aucune de ses deux organisations");
  }

  private static Response response(OrganisationId respondent, Side side) {
    return Response.builder().respondent(respondent).side(side)
        .addAnswer(Answer.of(CriteriaSets.standard().codes().get(0), 3)).build();
  }
}
