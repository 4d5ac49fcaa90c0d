package org.partnershipsdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Year;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.partnershipsdk.core.initiative.Initiative;
import org.partnershipsdk.core.initiative.Participant;
import org.partnershipsdk.core.initiative.ParticipantRole;
import org.partnershipsdk.core.mission.Achievement;
import org.partnershipsdk.core.mission.VolunteerMission;
import org.partnershipsdk.core.model.CountryCode;
import org.partnershipsdk.core.model.IncompleteValueException;
import org.partnershipsdk.core.model.OrganisationId;
import org.partnershipsdk.core.model.Territory;
import org.partnershipsdk.core.organisation.Organisation;
import org.partnershipsdk.core.organisation.OrganisationNature;
import org.partnershipsdk.core.portfolio.Portfolio;
import org.partnershipsdk.core.programme.ProgrammePhase;
import org.partnershipsdk.core.reciprocity.ReciprocityAnalysis;
import org.partnershipsdk.core.reciprocity.ReciprocityTrend;
import org.partnershipsdk.core.reciprocity.Side;

/** The real cases hold the seeds' facts, refer only to what the portfolio holds, and keep people private. */
class RealCasesFactsTest {
  private static final List<String> PEOPLE = List.of("Camille Exemple", "Alex Fictif", "Dominique Exemple",
      "Claude Fictif", "Sacha Exemple", "María Ejemplo", "José Ficticio", "Awa Houngbédji",
      "awa.houngbedji@example.org", "Lou Exemple", "Noa Exemple", "hydrology", "food safety");

  @Test
  void theExplorMissionsHaveTheirPartiesAndDurations() {
    assertThat(Stream.of(RealCases.moulenda(), RealCases.kpomasse(), RealCases.kpomasseAndOuidah()))
        .extracting(m -> m.holder().orElseThrow().value(), m -> m.localPartner().orElseThrow().value(),
            m -> m.volunteersStructure().orElseThrow().value(), m -> m.effectiveDurationDays().getAsLong(),
            m -> m.zone().country().orElseThrow().value())
        .containsExactly(
            tuple("gdcam", "gcadem", "iko-power", 7L, "CG"),
            tuple("ahpa", "cripadd", "les-anges-gardins", 8L, "BJ"),
            tuple("ahpa", "cripadd", "aema", 9L, "BJ"));
    assertThat(RealCases.moulenda().objectives()).hasSize(4);
    assertThat(RealCases.kpomasse().achievements()).extracting(Achievement::description)
        .contains("15 employees of the production unit trained in bottling",
            "Sanitary control plan meeting the health agency's requirements");
    assertThat(RealCases.kpomasseAndOuidah().zone().territories()).extracting(Territory::name)
        .containsExactly("Atlantique", "Kpomassé", "Ouidah");
  }

  @Test
  void comasaguaMontaubanLinksTwoTerritoriesAndPartnersOfManyNatures() {
    Initiative initiative = RealCases.comasaguaMontauban();
    assertThat(initiative.territoryToTerritory()).isTrue();
    assertThat(initiative.territories()).extracting(Territory::name, Territory::isInFrance)
        .containsExactly(tuple("Montauban", true), tuple("Comasagua", false));
    assertThat(initiative.beneficiaries().direct()).hasValue(300);
    assertThat(initiative.holders()).extracting(p -> p.organisation().value()).containsExactly("spf-82");
    assertThat(initiative.participantsWith(ParticipantRole.LOCAL_PARTNER))
        .extracting(p -> p.organisation().value()).containsExactly("canasta-campesina");
    assertThat(natures(initiative)).contains(OrganisationNature.ASSOCIATION, OrganisationNature.COOPERATIVE,
        OrganisationNature.COMMUNITY_GROUP, OrganisationNature.UNIVERSITY, OrganisationNature.SCHOOL,
        OrganisationNature.FOUNDATION);
    assertThat(initiative.period().start().orElseThrow().getYear()).isEqualTo(2015);
    assertThat(initiative.period().end().orElseThrow().getYear()).isEqualTo(2018);
  }

  @Test
  void theOtherInitiativesHaveTheirPartners() {
    assertThat(RealCases.senegalDriedFish().participants()).extracting(p -> p.organisation().value())
        .containsExactly("cfdt", "essentiel", "unsas", "cfsi");
    assertThat(natures(RealCases.senegalDriedFish())).contains(OrganisationNature.TRADE_UNION);
    assertThat(RealCases.guineeKindia().participantsWith(ParticipantRole.ASSOCIATE))
        .extracting(p -> RealCases.organisation(p.organisation()).orElseThrow().nature().orElseThrow())
        .containsExactly(OrganisationNature.SCHOOL, OrganisationNature.SCHOOL);
    assertThat(RealCases.guineeKindia().sdgs()).isEmpty();
    assertThat(RealCases.laosJam().holders()).extracting(p -> p.organisation().value())
        .containsExactly("laos-jam-producers");
    assertThat(RealCases.organisation(OrganisationId.of("laos-jam-producers")).orElseThrow().country())
        .contains(CountryCode.of("LA"));
  }

  @Test
  void theProgrammesHaveTheirOperatorsYearsPhasesAndRegions() {
    assertThat(RealCases.caac().operator()).contains(OrganisationId.of("cfsi"));
    assertThat(RealCases.caac().since()).contains(Year.of(2014));
    assertThat(RealCases.caac().phases()).extracting(ProgrammePhase::name).containsExactly("CAAC 1", "CAAC 2", "CAAC 3");
    assertThat(RealCases.explor().operator()).contains(OrganisationId.of("lianes-cooperation"));
    assertThat(RealCases.explor().since()).contains(Year.of(2021));
    assertThat(RealCases.explor().regions()).extracting(Territory::name).containsExactly(
        "Centre-Val de Loire", "Pays de la Loire", "Hauts-de-France", "Auvergne-Rhône-Alpes");
  }

  @Test
  void theComasaguaAssessmentsKeepTheFiguresOfTheReciprocityGuide() {
    ReciprocityAnalysis first = ReciprocityAnalysis.of(RealCases.comasaguaFirstAssessment());
    assertThat(first.index(Side.SUPPORTING_ORGANISATION).index()).contains(new BigDecimal("81.82"));
    assertThat(first.index(Side.PARTNER).index()).contains(new BigDecimal("60.61"));
    assertThat(first.gap().overall()).contains(new BigDecimal("27.27"));
    ReciprocityTrend trend = ReciprocityTrend.between(RealCases.comasaguaFirstAssessment(),
        RealCases.comasaguaSecondAssessment(), new BigDecimal("5"));
    assertThat(trend.overall().later()).contains(new BigDecimal("75.76"));
    assertThat(trend.later().gap().overall()).contains(new BigDecimal("12.12"));
    assertThat(RealCases.cfdtUnsasAssessment().respondingSides()).containsExactly(Side.SUPPORTING_ORGANISATION);
  }

  @Test
  void everyOrganisationTakesPartInSomething() {
    Portfolio portfolio = RealCases.portfolio();
    Set<OrganisationId> referenced = new HashSet<>();
    portfolio.programmes().forEach(p -> p.operator().ifPresent(referenced::add));
    portfolio.partnerships().forEach(p -> referenced.addAll(List.of(p.supportingOrganisation(), p.partner())));
    portfolio.initiatives().forEach(i -> i.participants().forEach(p -> referenced.add(p.organisation())));
    for (VolunteerMission mission : portfolio.missions()) {
      Stream.of(mission.holder(), mission.localPartner(), mission.volunteersStructure())
          .forEach(id -> id.ifPresent(referenced::add));
    }
    assertThat(portfolio.organisations()).hasSize(28)
        .allSatisfy(o -> assertThat(referenced).as(o.id().value()).contains(o.id()));
  }

  @Test
  void thePortfolioHoldsEveryCaseOnceAndEqualCallsGiveEqualValues() {
    Portfolio portfolio = RealCases.portfolio();
    assertThat(portfolio.toString()).isEqualTo("Portfolio{organisations=28, programmes=2, partnerships=4,"
        + " initiatives=4, missions=4, assessments=3, agreements=1, transactions=4}");
    assertThat(portfolio.initiatives()).contains(RealCases.laosJam(), RealCases.comasaguaMontauban());
    assertThat(portfolio.missions()).contains(RealCases.comasaguaCrossVisit());
    assertThat(RealCases.portfolio()).isEqualTo(portfolio);
  }

  @Test
  void organisationsAreFoundByTheirIdentifier() {
    assertThat(RealCases.organisation(OrganisationId.of("gdcam"))).hasValueSatisfying(o -> {
      assertThat(o.acronym()).contains("GDCAM");
      assertThat(o.nature()).contains(OrganisationNature.COOPERATIVE);
    });
    assertThat(RealCases.organisation(OrganisationId.of("ahpa")).flatMap(Organisation::nature))
        .contains(OrganisationNature.DIASPORA_ORGANISATION);
    assertThat(RealCases.organisation(OrganisationId.of("unknown"))).isEmpty();
    assertThatThrownBy(() -> RealCases.organisation(null)).isInstanceOf(IncompleteValueException.class);
  }

  @Test
  void noElementPrintsThePeopleItHolds() {
    Portfolio portfolio = RealCases.portfolio();
    assertThat(portfolio.missions()).flatExtracting(VolunteerMission::volunteers).hasSize(7);
    Stream.of(portfolio.organisations(), portfolio.partnerships(), portfolio.initiatives(), portfolio.missions(),
        portfolio.assessments()).flatMap(List::stream).map(Object::toString)
        .forEach(printed -> assertThat(printed).doesNotContain(PEOPLE));
  }

  private static List<OrganisationNature> natures(Initiative initiative) {
    return initiative.participants().stream().map(Participant::organisation)
        .map(id -> RealCases.organisation(id).orElseThrow().nature().orElseThrow()).toList();
  }
}
