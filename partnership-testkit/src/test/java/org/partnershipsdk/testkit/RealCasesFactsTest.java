package org.partnershipsdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Year;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.partnershipsdk.core.initiative.Initiative;
import org.partnershipsdk.core.initiative.Participant;
import org.partnershipsdk.core.initiative.ParticipantRole;
import org.partnershipsdk.core.mission.Achievement;
import org.partnershipsdk.core.mission.MissionType;
import org.partnershipsdk.core.mission.VolunteerMission;
import org.partnershipsdk.core.model.CountryCode;
import org.partnershipsdk.core.model.IncompleteValueException;
import org.partnershipsdk.core.model.OrganisationId;
import org.partnershipsdk.core.model.Period;
import org.partnershipsdk.core.model.Territory;
import org.partnershipsdk.core.organisation.Organisation;
import org.partnershipsdk.core.organisation.OrganisationNature;
import org.partnershipsdk.core.partnership.Partnership;
import org.partnershipsdk.core.portfolio.Portfolio;
import org.partnershipsdk.core.programme.FigureQualifier;
import org.partnershipsdk.core.programme.ProgrammePhase;
import org.partnershipsdk.core.reciprocity.ReciprocityAnalysis;
import org.partnershipsdk.core.results.LocatedIndicator;
import org.partnershipsdk.core.reciprocity.ReciprocityTrend;
import org.partnershipsdk.core.reciprocity.Side;

/** The real cases hold the seeds' facts, refer only to what the portfolio holds, and keep people private. */
class RealCasesFactsTest {
  private static final List<String> PEOPLE = List.of("Camille Exemple", "Alex Fictif", "Dominique Exemple",
      "Claude Fictif", "Sacha Exemple", "María Ejemplo", "José Ficticio", "Awa Houngbédji",
      "awa.houngbedji@example.org", "Lou Exemple", "Noa Exemple", "hydrology", "food safety");

  @Test
  void theExplorMissionsHaveTheirPartiesAndDurations() {
    assertThat(Stream.of(RealCases.moulenda(), RealCases.moulendaSecond(), RealCases.kpomasse(),
        RealCases.kpomasseAndOuidah()))
        .extracting(m -> m.holder().orElseThrow().value(), m -> m.localPartner().orElseThrow().value(),
            m -> m.volunteersStructure().orElseThrow().value(), m -> m.effectiveDurationDays().getAsLong(),
            m -> m.zone().country().orElseThrow().value())
        .containsExactly(
            tuple("gdcam", "gcadem", "iko-power", 7L, "CG"),
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
    assertThat(initiative.linksFrenchAndForeignTerritories()).isTrue();
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
    assertThat(portfolio.organisations()).hasSize(31)
        .allSatisfy(o -> assertThat(referenced).as(o.id().value()).contains(o.id()));
  }

  @Test
  void thePortfolioHoldsEveryCaseOnceAndEqualCallsGiveEqualValues() {
    Portfolio portfolio = RealCases.portfolio();
    assertThat(portfolio.toString()).isEqualTo("Portfolio{organisations=31, programmes=2, partnerships=5,"
        + " initiatives=4, missions=5, assessments=3, agreements=1, transactions=4}");
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
    assertThat(portfolio.missions()).flatExtracting(VolunteerMission::volunteers).hasSize(8);
    Stream.of(portfolio.organisations(), portfolio.partnerships(), portfolio.initiatives(), portfolio.missions(),
        portfolio.assessments()).flatMap(List::stream).map(Object::toString)
        .forEach(printed -> assertThat(printed).doesNotContain(PEOPLE));
  }

  // ---------------------------------------------------------------------------------------------
  // The facts corrected against the sources, one test each

  /** Grdr, Lianes Coopération, Apes, 2023: "Mission ① et ② - Évaluation de la faisabilité…". */
  @Test
  void moulendaIsTwoMissionsSharingWhatTheSourceSaysOfThem() {
    VolunteerMission first = RealCases.moulenda();
    VolunteerMission second = RealCases.moulendaSecond();
    assertThat(List.of(first.id().value(), second.id().value())).containsExactly("explor-moulenda-1", "explor-moulenda-2");
    assertThat(second.objectives()).isEqualTo(first.objectives()).hasSize(4);
    assertThat(second.zone()).isEqualTo(first.zone());
    assertThat(second.allTypes()).isEqualTo(first.allTypes()).containsExactly(MissionType.DIAGNOSTIC);
    assertThat(first.achievements()).as("recorded once, on mission 2").isEmpty();
    assertThat(second.achievements()).hasSize(4).filteredOn(Achievement::deliverable).hasSize(2);
  }

  /**
   * Grdr, Lianes Coopération, Apes, 2023: one sheet for "Mission ① et ②" with one "Durée : 7 jours",
   * read as one 7-day stay during which both missions took place; the data say that reading.
   */
  @Test
  void theTwoMoulendaMissionsShareTheOneSevenDayStayTheSourceStates() {
    VolunteerMission first = RealCases.moulenda();
    VolunteerMission second = RealCases.moulendaSecond();
    assertThat(second.period()).isEqualTo(first.period());
    assertThat(first.period().days()).hasValue(7L);
    assertThat(Stream.of(first, second)).allSatisfy(m -> assertThat(m.effectiveDurationDays()).hasValue(7L));
    assertThat(RealCases.ILLUSTRATIVE).contains("one 7-day stay during which both took place");
  }

  /**
   * Fonda, 2020, says only that Salvadorans and French people made cross missions: the cross
   * mission's holder, local partner, volunteers' structure, return interview and report are not
   * given, so they are left out and the rules report them missing, as on the real facts.
   */
  @Test
  void theCrossMissionHoldsNoPartyOrReturnTheSourceDoesNotGive() {
    VolunteerMission cross = RealCases.comasaguaCrossVisit();
    assertThat(cross.holder()).isEmpty();
    assertThat(cross.localPartner()).isEmpty();
    assertThat(cross.volunteersStructure()).isEmpty();
    assertThat(cross.missionReturn()).isEmpty();
    assertThat(RealCases.ILLUSTRATIVE).contains("its parties and return, which the sources do not give, are left out");
  }

  /** Grdr, Lianes Coopération, Apes, 2023: "L'unique mission d'évaluation…". */
  @Test
  void theSourceCountsOneEvaluationMission() {
    assertThat(RealCases.portfolio().missions()).filteredOn(m -> m.hasType(MissionType.EVALUATION))
        .extracting(m -> m.id().value()).containsExactly("explor-kpomasse-ouidah");
    assertThat(RealCases.kpomasse().allTypes()).containsExactly(MissionType.TRAINING);
  }

  /** Fonda, 2020: "trois universités dont l'Université Luthérienne salvadorienne". */
  @Test
  void threeUniversitiesTookPartInComasaguaMontauban() {
    assertThat(natures(RealCases.comasaguaMontauban())).filteredOn(n -> n == OrganisationNature.UNIVERSITY)
        .hasSize(3);
    assertThat(RealCases.organisation(OrganisationId.of("comasagua-university-b")).flatMap(Organisation::description))
        .hasValueSatisfying(d -> assertThat(d).contains("does not name it", "illustrative"));
  }

  /** Fonda, 2020: "neuf initiatives mobilisant plus de 70 partenaires … 460 000 personnes", 2014–2018. */
  @Test
  void theCaacFiguresBelongToTheProgramme() {
    assertThat(RealCases.caac().aggregateResults())
        .extracting(r -> r.ref().orElseThrow(), r -> r.number().orElseThrow(), r -> r.qualifier())
        .containsExactly(
            tuple("initiatives", BigDecimal.valueOf(9), Optional.empty()),
            tuple("partners", BigDecimal.valueOf(70), Optional.of(FigureQualifier.MORE_THAN)),
            tuple("people", BigDecimal.valueOf(460_000), Optional.empty()));
    assertThat(RealCases.caac().aggregateResults().get(1).figure(Locale.ENGLISH)).contains("more than 70 partners");
    assertThat(RealCases.caac().aggregateResults()).allSatisfy(r -> {
      assertThat(r.period().flatMap(Period::start).orElseThrow().getYear()).isEqualTo(2014);
      assertThat(r.period().flatMap(Period::end).orElseThrow().getYear()).isEqualTo(2018);
      assertThat(r.source()).hasValueSatisfying(source -> assertThat(source).startsWith("Fonda"));
    });
    assertThat(RealCases.portfolio().initiatives()).allSatisfy(i -> {
      assertThat(i.beneficiaries().direct()).isEmpty();
      assertThat(i.beneficiaries().indirect()).isEmpty();
    });
  }

  /** Fonda, 2020: "Depuis le milieu des années 2000, le Secours populaire français soutient les communautés de Comasagua". */
  @Test
  void theSecoursPopulairesSupportToComasaguaBeganYearsBeforeTheInitiative() {
    Partnership support = RealCases.spfComasagua();
    assertThat(support.supportingOrganisation().value()).isEqualTo("secours-populaire-francais");
    assertThat(support.partner().value()).isEqualTo("comasagua-farming-families");
    assertThat(support.since()).as("the source gives no day").isEmpty();
    assertThat(support.sinceYear()).contains(Year.of(2005));
    assertThat(support.startYear().orElseThrow().getValue())
        .isLessThan(RealCases.comasaguaMontauban().period().start().orElseThrow().getYear());
  }

  /** Fonda, 2020: "le jardin solidaire de Montauban mobilise et crée du lien social entre 300 personnes". */
  @Test
  void theThreeHundredPeopleAreMontaubans() {
    Initiative initiative = RealCases.comasaguaMontauban();
    assertThat(initiative.beneficiaries().direct()).isEmpty();
    assertThat(initiative.beneficiaries().description()).hasValueSatisfying(d -> assertThat(d).contains("Montauban",
        "no total"));
    LocatedIndicator people = initiative.resultsFramework().indicators().get(0);
    assertThat(people.indicator().name()).contains("Montauban solidarity garden");
    assertThat(people.indicator().measurements()).singleElement().satisfies(m -> {
      assertThat(m.number()).contains(BigDecimal.valueOf(300));
      assertThat(m.date()).as("the source gives no day").isEmpty();
      assertThat(m.sourceOfVerification()).hasValueSatisfying(source -> assertThat(source).contains("Fonda", "2020"));
    });
  }

  /** No source states an initiative's SDGs, co-construction or legal responsibility: left unsaid, the rules speak. */
  @Test
  void whatTheSourcesDoNotSayIsLeftUnsaid() {
    for (Initiative initiative : RealCases.portfolio().initiatives()) {
      assertThat(initiative.sdgs()).as(initiative.title()).isEmpty();
      assertThat(initiative.isCoConstructed()).as(initiative.title()).isFalse();
      assertThat(initiative.legallyResponsible()).as(initiative.title()).isEmpty();
    }
  }

  /** What is illustrative is said in one visible place of the data, the portfolio's description. */
  @Test
  void theDataSayWhatIsIllustrative() {
    assertThat(RealCases.portfolio().description()).contains(RealCases.ILLUSTRATIVE);
    assertThat(RealCases.ILLUSTRATIVE).contains("Illustrative", "every day-precise date", "the evaluations",
        "all money", "2005", "the one evaluation mission", "which Moulenda mission achieved what", "fictitious");
  }

  private static List<OrganisationNature> natures(Initiative initiative) {
    return initiative.participants().stream().map(Participant::organisation)
        .map(id -> RealCases.organisation(id).orElseThrow().nature().orElseThrow()).toList();
  }
}
