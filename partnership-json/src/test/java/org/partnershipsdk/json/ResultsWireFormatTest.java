package org.partnershipsdk.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.partnershipsdk.core.initiative.Initiative;
import org.partnershipsdk.core.model.InitiativeId;
import org.partnershipsdk.core.model.Period;
import org.partnershipsdk.core.model.SdgTarget;
import org.partnershipsdk.core.portfolio.Portfolio;
import org.partnershipsdk.core.results.Dimension;
import org.partnershipsdk.core.results.DisaggregatedValue;
import org.partnershipsdk.core.results.Disaggregation;
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
import org.partnershipsdk.core.rules.RulesEngine;
import org.partnershipsdk.core.validation.ModelValidator;
import tools.jackson.databind.JsonNode;

/**
 * An indicator followed as a funder's report asks — reporting periods, a breakdown by sex and age
 * group at once, a baseline year, SDG targets, stable references — written, read back, validated
 * against the model and the schema, and checked by the rules (figures illustrative).
 */
class ResultsWireFormatTest {
  private static final PartnershipJson JSON = PartnershipJson.create();
  private static final Clock CLOCK = Clock.fixed(LocalDate.of(2024, 6, 15).atStartOfDay(ZoneOffset.UTC).toInstant(),
      ZoneOffset.UTC);
  private static final String INDICATOR = "/data/resultsFramework/specificObjectives/0/expectedResults/0/indicators/0";
  private static final Dimension WOMEN = Dimension.of(Disaggregation.SEX, "female");
  private static final Dimension MEN = Dimension.of(Disaggregation.SEX, "male");
  private static final Dimension YOUNG = Dimension.of(Disaggregation.AGE_GROUP, "15-24");
  private static final Dimension OLDER = Dimension.of(Disaggregation.AGE_GROUP, "25+");

  /** @param youngWomen the young women of the 2022 actual, 4 for a breakdown that adds up */
  private static Initiative trained(long youngWomen) {
    Indicator indicator = Indicator.builder()
        .ref("employees-trained")
        .name("Employees of the production unit trained in bottling")
        .measure(IndicatorMeasure.NUMBER)
        .unit("employees")
        .ascending(true)
        .baseline(IndicatorValue.ofNumber(0))
        .baselineYear(Year.of(2022))
        .addDisaggregations(Disaggregation.of(Disaggregation.SEX, "female", "male"),
            Disaggregation.of(Disaggregation.AGE_GROUP, "15-24", "25+"))
        .addPeriod(IndicatorPeriod.builder()
            .ref("2022")
            .period(Period.ofYear(2022))
            .target(IndicatorValue.ofNumber(15))
            .actual(IndicatorValue.ofNumber(15).withDate(LocalDate.of(2022, 10, 10))
                .withBreakdown(
                    DisaggregatedValue.of(9, WOMEN), DisaggregatedValue.of(6, MEN),
                    DisaggregatedValue.of(youngWomen, WOMEN, YOUNG), DisaggregatedValue.of(2, MEN, YOUNG),
                    DisaggregatedValue.of(5, WOMEN, OLDER), DisaggregatedValue.of(4, MEN, OLDER)))
            .comment("Trained during the volunteers' mission")
            .build())
        .addSdgTargets(SdgTarget.of("8.5"), SdgTarget.of("5.a"))
        .build();
    return Initiative.builder().id(InitiativeId.of("explor-kpomasse")).title("Tomato preserves in Kpomassé")
        .resultsFramework(ResultsFramework.builder()
            .overallObjective(OverallObjective.of("Local tomato preserves reach the market"))
            .addSpecificObjective(SpecificObjective.builder().ref("quality").statement("Preserves of certified quality")
                .addExpectedResult(ExpectedResult.builder().ref("trained").statement("Employees are trained")
                    .addIndicator(indicator).build())
                .build())
            .build())
        .build();
  }

  @Test
  void anIndicatorWithPeriodsAndATwoDimensionBreakdownRoundTripsAndValidates() {
    Initiative initiative = trained(4);
    String written = JSON.write(DocumentType.INITIATIVE, initiative);

    JsonNode indicator = PartnershipJson.mapper().readTree(written).at(INDICATOR);
    assertThat(indicator.get("ref").asString()).isEqualTo("employees-trained");
    assertThat(indicator.get("baselineYear").asInt()).isEqualTo(2022);
    assertThat(indicator.get("sdgTargets").valueStream().map(JsonNode::asString)).containsExactly("8.5", "5.a");
    JsonNode part = indicator.at("/periods/0/actual/breakdown/2");
    assertThat(part.get("number").asString()).isEqualTo("4");
    assertThat(part.get("dimensions").valueStream().map(d -> d.get("name").asString() + "=" + d.get("group").asString()))
        .containsExactly("sex=female", "age-group=15-24");

    assertThat(JSON.read(DocumentType.INITIATIVE, written)).isEqualTo(initiative);
    assertThat(JSON.strict().validating().read(DocumentType.INITIATIVE, written)).isEqualTo(initiative);
    assertThat(SchemaValidation.errors(DocumentType.INITIATIVE, written)).isEmpty();
    assertThat(ModelValidator.create().validate(initiative).isValid()).isTrue();
    assertThat(findings(initiative)).extracting(Finding::ruleId).doesNotContain(
        "initiative.indicator.breakdown-exceeds-total", "initiative.indicator.period-target-missing",
        "initiative.indicator.actual-outside-period");
  }

  @Test
  void aBreakdownLargerThanItsTotalIsFoundWithTheReferenceOfItsPeriod() {
    Initiative initiative = JSON.read(DocumentType.INITIATIVE, JSON.write(DocumentType.INITIATIVE, trained(12)));
    assertThat(findings(initiative)).filteredOn(f -> f.ruleId().equals("initiative.indicator.breakdown-exceeds-total"))
        .extracting(Finding::path, Finding::ref)
        .containsExactly(tuple("resultsFramework.specificObjectives[0].expectedResults[0].indicators[0].periods[0].actual.breakdown",
            Optional.of("2022")));
  }

  @Test
  void aBreakdownNamingAnUndeclaredGroupIsAProblemOfTheValidatingReaderAtItsPart() {
    Initiative initiative = trained(4);
    SpecificObjective objective = initiative.resultsFramework().specificObjectives().get(0);
    ExpectedResult result = objective.expectedResults().get(0);
    Indicator undeclared = result.indicators().get(0).withDisaggregations(
        Disaggregation.of(Disaggregation.SEX, "female", "male"), Disaggregation.of(Disaggregation.AGE_GROUP, "15-24"));
    String written = JSON.write(DocumentType.INITIATIVE, initiative.withResultsFramework(initiative.resultsFramework()
        .withSpecificObjectives(objective.withExpectedResults(result.withIndicators(undeclared)))));
    assertThatThrownBy(() -> JSON.validating().read(DocumentType.INITIATIVE, written))
        .isInstanceOfSatisfying(JsonReadException.class, e -> assertThat(e.problems())
            .extracting(JsonProblem::code, JsonProblem::pointer)
            .contains(tuple("results.breakdown.undeclared", INDICATOR + "/periods/0/actual/breakdown/4/dimensions/1")));
  }

  private static List<Finding> findings(Initiative initiative) {
    return RulesEngine.of(Profiles.standard(), CLOCK).evaluate(Portfolio.builder().addInitiative(initiative).build())
        .findings();
  }
}
