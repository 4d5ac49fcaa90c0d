package org.partnershipsdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.TestFactory;
import org.partnershipsdk.core.cycle.ProjectCycle;
import org.partnershipsdk.core.cycle.StageEntry;
import org.partnershipsdk.core.initiative.Beneficiaries;
import org.partnershipsdk.core.initiative.CoFinancing;
import org.partnershipsdk.core.initiative.Evaluation;
import org.partnershipsdk.core.initiative.FollowUpContact;
import org.partnershipsdk.core.initiative.Initiative;
import org.partnershipsdk.core.initiative.Participant;
import org.partnershipsdk.core.mission.Achievement;
import org.partnershipsdk.core.mission.MissionPreparation;
import org.partnershipsdk.core.mission.MissionReturn;
import org.partnershipsdk.core.mission.MissionZone;
import org.partnershipsdk.core.mission.Volunteer;
import org.partnershipsdk.core.mission.VolunteerMission;
import org.partnershipsdk.core.model.Period;
import org.partnershipsdk.core.model.Territory;
import org.partnershipsdk.core.organisation.ContactPerson;
import org.partnershipsdk.core.organisation.Organisation;
import org.partnershipsdk.core.partnership.Partnership;
import org.partnershipsdk.core.partnership.ProgrammeOfficer;
import org.partnershipsdk.core.portfolio.Portfolio;
import org.partnershipsdk.core.programme.Programme;
import org.partnershipsdk.core.programme.ProgrammePhase;
import org.partnershipsdk.core.reciprocity.Answer;
import org.partnershipsdk.core.reciprocity.CriteriaSet;
import org.partnershipsdk.core.reciprocity.Criterion;
import org.partnershipsdk.core.reciprocity.ReciprocityAssessment;
import org.partnershipsdk.core.reciprocity.Response;
import org.partnershipsdk.core.reciprocity.Scale;
import org.partnershipsdk.core.results.Activity;
import org.partnershipsdk.core.results.ExpectedResult;
import org.partnershipsdk.core.results.Indicator;
import org.partnershipsdk.core.results.IndicatorValue;
import org.partnershipsdk.core.results.OverallObjective;
import org.partnershipsdk.core.results.ResultsFramework;
import org.partnershipsdk.core.results.SpecificObjective;

/**
 * For every value type, on the values found in generated portfolios: a builder filled {@code from}
 * a value builds an equal value with the same hash code, and a {@code with…} copy given the value's
 * own attribute is equal too.
 */
class CopiesTest {

  /**
   * How to find values of one type in a portfolio and copy them.
   *
   * @param type the type's name
   * @param found the values of the type in a portfolio
   * @param rebuilt {@code Type.builder().from(value).build()}
   * @param copied a {@code with…} copy given the value's own attribute
   */
  private record Copies<T>(String type, Function<Portfolio, Stream<T>> found, UnaryOperator<T> rebuilt,
      UnaryOperator<T> copied) {

    DynamicContainer property() {
      return Seeded.property(type, 40, 6, Generators.portfolios(), portfolio -> found.apply(portfolio).forEach(value -> {
        T fromBuilder = rebuilt.apply(value);
        assertThat(fromBuilder).isEqualTo(value).hasSameHashCodeAs(value);
        assertThat(copied.apply(value)).isEqualTo(value).hasSameHashCodeAs(value);
      }));
    }
  }

  @TestFactory
  Stream<DynamicContainer> buildersAndCopiesPreserveEquality() {
    return Stream.of(
        new Copies<>("Organisation", p -> p.organisations().stream(),
            v -> Organisation.builder().from(v).build(), v -> v.withName(v.name())),
        new Copies<>("ContactPerson", p -> p.organisations().stream().flatMap(o -> o.contactPersons().stream()),
            v -> ContactPerson.builder().from(v).build(), v -> v.withEmail(v.email())),
        new Copies<>("Territory", CopiesTest::territories,
            v -> Territory.builder().from(v).build(), v -> v.withName(v.name())),
        new Copies<>("Programme", p -> p.programmes().stream(),
            v -> Programme.builder().from(v).build(), v -> v.withPhases(v.phases())),
        new Copies<>("ProgrammePhase", p -> p.programmes().stream().flatMap(g -> g.phases().stream()),
            v -> ProgrammePhase.builder().from(v).build(), v -> v.withPeriod(v.period())),
        new Copies<>("Period", CopiesTest::periods, v -> Period.builder().from(v).build(), v -> v.withEnd(v.end())),
        new Copies<>("Partnership", p -> p.partnerships().stream(),
            v -> Partnership.builder().from(v).build(), v -> v.withSince(v.since())),
        new Copies<>("ProgrammeOfficer", p -> p.partnerships().stream().flatMap(s -> s.programmeOfficer().stream()),
            v -> ProgrammeOfficer.builder().from(v).build(), v -> v.withFocus(v.focus())),
        new Copies<>("Initiative", p -> p.initiatives().stream(),
            v -> Initiative.builder().from(v).build(), v -> v.withParticipants(v.participants())),
        new Copies<>("Participant", p -> p.initiatives().stream().flatMap(i -> i.participants().stream()),
            v -> Participant.builder().from(v).build(), v -> v.withRoles(v.roles())),
        new Copies<>("CoFinancing", p -> p.initiatives().stream().flatMap(i -> i.coFinancing().stream()),
            v -> CoFinancing.builder().from(v).build(), v -> v.withAmount(v.amount())),
        new Copies<>("Beneficiaries", p -> p.initiatives().stream().map(Initiative::beneficiaries),
            v -> Beneficiaries.builder().from(v).build(), v -> v.withDirect(v.direct())),
        new Copies<>("Evaluation", p -> initiatives(p).flatMap(i -> i.evaluations().stream()),
            v -> Evaluation.builder().from(v).build(), v -> v.withConsultant(v.consultant())),
        new Copies<>("FollowUpContact", p -> initiatives(p).flatMap(i -> i.followUpContacts().stream()),
            v -> FollowUpContact.builder().from(v).build(), v -> v.withDate(v.date())),
        new Copies<>("ProjectCycle", p -> initiatives(p).map(Initiative::cycle),
            v -> ProjectCycle.builder().from(v).build(), v -> v.withEntries(v.entries())),
        new Copies<>("StageEntry", p -> initiatives(p).flatMap(i -> i.cycle().entries().stream()),
            v -> StageEntry.builder().from(v).build(), v -> v.withReason(v.reason())),
        new Copies<>("ResultsFramework", p -> initiatives(p).map(Initiative::resultsFramework),
            v -> ResultsFramework.builder().from(v).build(), v -> v.withOverallObjective(v.overallObjective())),
        new Copies<>("OverallObjective", p -> frameworks(p).flatMap(f -> f.overallObjective().stream()),
            v -> OverallObjective.builder().from(v).build(), v -> v.withStatement(v.statement())),
        new Copies<>("SpecificObjective", p -> specificObjectives(p),
            v -> SpecificObjective.builder().from(v).build(), v -> v.withIndicators(v.indicators())),
        new Copies<>("ExpectedResult", p -> expectedResults(p),
            v -> ExpectedResult.builder().from(v).build(), v -> v.withActivities(v.activities())),
        new Copies<>("Activity", p -> expectedResults(p).flatMap(r -> r.activities().stream()),
            v -> Activity.builder().from(v).build(), v -> v.withCost(v.cost())),
        new Copies<>("Indicator", p -> frameworks(p).flatMap(f -> f.indicators().stream()).map(l -> l.indicator()),
            v -> Indicator.builder().from(v).build(), v -> v.withMeasurements(v.measurements())),
        new Copies<>("IndicatorValue", CopiesTest::indicatorValues,
            v -> IndicatorValue.builder().from(v).build(), v -> v.withNumber(v.number())),
        new Copies<>("VolunteerMission", p -> p.missions().stream(),
            v -> VolunteerMission.builder().from(v).build(), v -> v.withDurationDays(v.durationDays())),
        new Copies<>("MissionZone", p -> p.missions().stream().map(VolunteerMission::zone),
            v -> MissionZone.builder().from(v).build(), v -> v.withTerritories(v.territories())),
        new Copies<>("Volunteer", p -> p.missions().stream().flatMap(m -> m.volunteers().stream()),
            v -> Volunteer.builder().from(v).build(), v -> v.withSkills(v.skills())),
        new Copies<>("Achievement", p -> p.missions().stream().flatMap(m -> m.achievements().stream()),
            v -> Achievement.builder().from(v).build(), v -> v.withHandedOver(v.handedOver())),
        new Copies<>("MissionPreparation", p -> p.missions().stream().map(VolunteerMission::preparation),
            v -> MissionPreparation.builder().from(v).build(),
            v -> v.withPreMissionInterview(v.preMissionInterview())),
        new Copies<>("MissionReturn", p -> p.missions().stream().flatMap(m -> m.missionReturn().stream()),
            v -> MissionReturn.builder().from(v).build(), v -> v.withAdaptations(v.adaptations())),
        new Copies<>("ReciprocityAssessment", p -> p.assessments().stream(),
            v -> ReciprocityAssessment.builder().from(v).build(), v -> v.withDate(v.date())),
        new Copies<>("Response", p -> responses(p),
            v -> Response.builder().from(v).build(), v -> v.withAnswers(v.answers())),
        new Copies<>("Answer", p -> responses(p).flatMap(r -> r.answers().stream()),
            v -> Answer.builder().from(v).build(), v -> v.withComment(v.comment())),
        new Copies<>("CriteriaSet", p -> p.assessments().stream().map(ReciprocityAssessment::criteriaSet),
            v -> CriteriaSet.builder().from(v).build(), v -> v.withCriteria(v.criteria())),
        new Copies<>("Criterion", p -> p.assessments().stream().flatMap(a -> a.criteriaSet().criteria().stream()),
            v -> Criterion.builder().from(v).build(), v -> v.withWording(v.wording())),
        new Copies<>("Scale", p -> p.assessments().stream().map(a -> a.criteriaSet().scale()),
            v -> Scale.builder().from(v).build(), v -> v.withMax(v.max())),
        new Copies<>("Portfolio", Stream::of,
            v -> Portfolio.builder().from(v).build(), v -> v.withInitiatives(v.initiatives())))
        .map(Copies::property);
  }

  private static Stream<Initiative> initiatives(Portfolio portfolio) {
    return portfolio.initiatives().stream();
  }

  private static Stream<ResultsFramework> frameworks(Portfolio portfolio) {
    return initiatives(portfolio).map(Initiative::resultsFramework);
  }

  private static Stream<SpecificObjective> specificObjectives(Portfolio portfolio) {
    return frameworks(portfolio).flatMap(f -> f.specificObjectives().stream());
  }

  private static Stream<ExpectedResult> expectedResults(Portfolio portfolio) {
    return specificObjectives(portfolio).flatMap(o -> o.expectedResults().stream());
  }

  private static Stream<IndicatorValue> indicatorValues(Portfolio portfolio) {
    return frameworks(portfolio).flatMap(f -> f.indicators().stream()).map(l -> l.indicator())
        .flatMap(i -> Stream.of(i.baseline().stream(), i.targets().stream(), i.measurements().stream()).flatMap(s -> s));
  }

  private static Stream<Response> responses(Portfolio portfolio) {
    return portfolio.assessments().stream().flatMap(a -> a.responses().stream());
  }

  private static Stream<Territory> territories(Portfolio portfolio) {
    return Stream.of(
        portfolio.organisations().stream().flatMap(o -> o.territories().stream()),
        portfolio.programmes().stream().flatMap(g -> g.regions().stream()),
        initiatives(portfolio).flatMap(i -> i.territories().stream()),
        portfolio.missions().stream().flatMap(m -> m.zone().territories().stream())).flatMap(s -> s);
  }

  private static Stream<Period> periods(Portfolio portfolio) {
    return Stream.of(
        portfolio.programmes().stream().flatMap(g -> g.phases().stream()).map(ProgrammePhase::period),
        initiatives(portfolio).map(Initiative::period),
        initiatives(portfolio).flatMap(i -> i.evaluations().stream()).map(Evaluation::period),
        portfolio.missions().stream().map(VolunteerMission::period)).flatMap(s -> s);
  }
}
