package org.partnershipsdk.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.partnershipsdk.core.initiative.Evaluation;
import org.partnershipsdk.core.initiative.EvaluationKind;
import org.partnershipsdk.core.initiative.Initiative;
import org.partnershipsdk.core.initiative.Participant;
import org.partnershipsdk.core.initiative.ParticipantRole;
import org.partnershipsdk.core.model.InitiativeId;
import org.partnershipsdk.core.model.OrganisationId;
import org.partnershipsdk.core.model.Period;
import org.partnershipsdk.core.portfolio.Portfolio;
import org.partnershipsdk.core.results.ExpectedResult;
import org.partnershipsdk.core.results.Indicator;
import org.partnershipsdk.core.results.IndicatorMeasure;
import org.partnershipsdk.core.results.IndicatorPeriod;
import org.partnershipsdk.core.results.IndicatorValue;
import org.partnershipsdk.core.results.OverallObjective;
import org.partnershipsdk.core.results.ResultsFramework;
import org.partnershipsdk.core.results.SpecificObjective;
import org.partnershipsdk.core.rules.Finding;
import org.partnershipsdk.core.rules.Profiles;
import org.partnershipsdk.core.rules.RuleReport;
import org.partnershipsdk.core.rules.RulesEngine;

/** Stable references: validated where they are, and carried by the violations and findings about their element. */
class StableReferencesTest {
  private static final ModelValidator VALIDATOR = ModelValidator.create();
  private static final OrganisationId PARTNER = OrganisationId.of("partner");
  private static final OrganisationId NGO = OrganisationId.of("ngo");

  private static Initiative initiative(Evaluation... evaluations) {
    return Initiative.builder().id(InitiativeId.of("initiative-1")).title("Jam")
        .addParticipant(Participant.of(PARTNER, ParticipantRole.HOLDER))
        .addParticipant(Participant.of(NGO, ParticipantRole.SUPPORTING_ORGANISATION))
        .addEvaluations(evaluations)
        .build();
  }

  private static Evaluation evaluation(String ref) {
    return Evaluation.builder().ref(ref).kind(EvaluationKind.FINAL).addTermsOfReferenceDraftedBy(PARTNER, NGO)
        .addConsultantChosenBy(PARTNER, NGO).build();
  }

  @Test
  void aReferenceCarriedTwiceInOneListIsReportedOnTheLaterElement() {
    ValidationReport report = VALIDATOR.validate(initiative(evaluation("mid"), evaluation("final"), evaluation("mid")));
    assertThat(report.violations()).extracting(Violation::code, Violation::path, Violation::ref)
        .containsExactly(tuple("ref.duplicate", "evaluations[2].ref", Optional.of("mid")));
    assertThat(report.violations().get(0).message(Locale.ENGLISH))
        .isEqualTo("The reference mid is already carried by element 1 of this list; each element's reference is its own");
    assertThat(report.violations().get(0).message(Locale.FRENCH))
        .isEqualTo("La référence mid est déjà portée par l'élément 1 de cette liste ; chaque élément a la sienne");
  }

  @Test
  void theSameReferenceInTwoListsIsNoDuplicate() {
    Indicator indicator = Indicator.builder().ref("a").name("Trained").measure(IndicatorMeasure.NUMBER)
        .addTarget(IndicatorValue.ofNumber(15).withRef("a")).build();
    ResultsFramework framework = ResultsFramework.builder()
        .addSpecificObjective(SpecificObjective.builder().ref("a").statement("Quality")
            .addIndicator(indicator)
            .addExpectedResult(ExpectedResult.builder().ref("a").statement("Trained").addIndicator(indicator).build())
            .build())
        .build();
    assertThat(VALIDATOR.validate(initiative().withResultsFramework(framework)).violations()).isEmpty();
  }

  @Test
  void aReferenceOfTheWrongFormIsReported() {
    for (String wrong : List.of("", " a", "-a", "a b", "a/b", "é", "x".repeat(65))) {
      ValidationReport report = VALIDATOR.validate(initiative(evaluation(wrong)));
      assertThat(report.violations()).as(wrong).extracting(Violation::code, Violation::path)
          .containsExactly(tuple("ref.invalid", "evaluations[0].ref"));
    }
    for (String right : List.of("a", "7", "final-2018", "so_1.r:2", "123e4567-e89b-12d3-a456-426614174000",
        "x".repeat(64))) {
      assertThat(VALIDATOR.validate(initiative(evaluation(right))).violations()).as(right).isEmpty();
    }
  }

  @Test
  void aViolationCarriesTheReferenceOfTheInnermostReferencedElementOnItsPath() {
    Indicator unnamed = Indicator.builder().ref("ind-trained").measure(IndicatorMeasure.NUMBER)
        .addTarget(IndicatorValue.builder().text("N/A").build()).build();
    ResultsFramework framework = ResultsFramework.builder()
        .addSpecificObjective(SpecificObjective.builder().ref("so-quality").statement("Quality")
            .addIndicator(unnamed).build())
        .addSpecificObjective(SpecificObjective.builder().statement("").build())
        .build();
    Initiative initiative = initiative(Evaluation.builder().ref("final-2018").kind(EvaluationKind.FINAL)
        .period(Period.of(LocalDate.of(2018, 9, 1), LocalDate.of(2018, 6, 1))).build())
        .withResultsFramework(framework);
    ValidationReport report = VALIDATOR.validate(initiative);
    assertThat(report.violations()).extracting(Violation::path, Violation::ref).containsExactly(
        tuple("evaluations[0].period.end", Optional.of("final-2018")),
        tuple("resultsFramework.specificObjectives[0].indicators[0].name", Optional.of("ind-trained")),
        tuple("resultsFramework.specificObjectives[0].indicators[0].targets[0].text", Optional.of("ind-trained")),
        tuple("resultsFramework.specificObjectives[1].statement", Optional.empty()));
    assertThat(report.describe(Locale.ENGLISH)).startsWith(
        "evaluations[0].period.end #final-2018: The end date June 1, 2018 is before the start date September 1, 2018");
  }

  @Test
  void anElementReachedThroughAPropertyLendsItsReferenceAsMuchAsOneInAList() {
    Indicator trained = Indicator.builder().ref("ind-trained").name("Trained").measure(IndicatorMeasure.NUMBER)
        .baseline(IndicatorValue.ofText("few").withRef("baseline-2021"))
        .addPeriod(IndicatorPeriod.builder().ref("2022").period(Period.ofYear(2022))
            .target(IndicatorValue.ofText("many"))
            .actual(IndicatorValue.ofText("some").withRef("actual-2022"))
            .build())
        .build();
    ResultsFramework framework = ResultsFramework.builder()
        .overallObjective(OverallObjective.builder().ref("impact").statement("").build())
        .addSpecificObjective(SpecificObjective.builder().statement("Quality").addIndicator(trained).build())
        .build();
    ValidationReport report = VALIDATOR.validate(initiative().withResultsFramework(framework));
    assertThat(report.violations()).extracting(Violation::path, Violation::ref).containsExactlyInAnyOrder(
        tuple("resultsFramework.overallObjective.statement", Optional.of("impact")),
        tuple("resultsFramework.specificObjectives[0].indicators[0].baseline.text", Optional.of("baseline-2021")),
        tuple("resultsFramework.specificObjectives[0].indicators[0].periods[0].target.text", Optional.of("2022")),
        tuple("resultsFramework.specificObjectives[0].indicators[0].periods[0].actual.text",
            Optional.of("actual-2022")));
  }

  @Test
  void aFindingCarriesTheReferenceOfTheElementItIsAbout() {
    Initiative initiative = initiative(evaluation("mid-term").withTermsOfReferenceDraftedBy(NGO),
        Evaluation.builder().kind(EvaluationKind.FINAL).build());
    Clock clock = Clock.fixed(Instant.parse("2024-06-30T00:00:00Z"), ZoneOffset.UTC);
    RuleReport report = RulesEngine.of(Profiles.standard(), clock)
        .evaluate(Portfolio.builder().addInitiatives(initiative).build());
    assertThat(report.of("initiative.evaluation.terms-of-reference-without-partner"))
        .extracting(Finding::path, Finding::ref, Finding::located)
        .containsExactly(
            tuple("evaluations[0].termsOfReferenceDraftedBy", Optional.of("mid-term"),
                "evaluations[0].termsOfReferenceDraftedBy #mid-term"),
            tuple("evaluations[1].termsOfReferenceDraftedBy", Optional.empty(),
                "evaluations[1].termsOfReferenceDraftedBy"));
  }
}
