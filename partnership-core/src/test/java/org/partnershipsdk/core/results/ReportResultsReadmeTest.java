package org.partnershipsdk.core.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.partnershipsdk.core.initiative.Initiative;
import org.partnershipsdk.core.model.InitiativeId;
import org.partnershipsdk.core.model.Period;
import org.partnershipsdk.core.model.SdgTarget;
import org.partnershipsdk.core.portfolio.Portfolio;
import org.partnershipsdk.core.rules.Profiles;
import org.partnershipsdk.core.rules.RulesEngine;
import org.partnershipsdk.core.validation.ModelValidator;

/** The top-level README's "Report results" example, line for line. */
class ReportResultsReadmeTest {
  private final Clock clock = Clock.fixed(LocalDate.of(2023, 1, 16).atStartOfDay(ZoneOffset.UTC).toInstant(),
      ZoneOffset.UTC);

  @Test
  void aBreakdownLargerThanItsTotalIsFoundWithThePeriodsReference() {
    Dimension women = Dimension.of(Disaggregation.SEX, "female");
    Dimension men = Dimension.of(Disaggregation.SEX, "male");
    Indicator trained = Indicator.builder()
        .ref("employees-trained")
        .name("Employees trained in bottling").measure(IndicatorMeasure.NUMBER).unit("employees")
        .baseline(IndicatorValue.ofNumber(0)).baselineYear(Year.of(2022))
        .addDisaggregations(Disaggregation.of(Disaggregation.SEX, "female", "male"),
            Disaggregation.of(Disaggregation.AGE_GROUP, "15-24", "25+"))
        .addPeriod(IndicatorPeriod.builder().ref("2022").period(Period.ofYear(2022))
            .target(IndicatorValue.ofNumber(15))
            .actual(IndicatorValue.ofNumber(15).withBreakdown(
                DisaggregatedValue.of(9, women), DisaggregatedValue.of(8, men),
                DisaggregatedValue.of(4, women, Dimension.of(Disaggregation.AGE_GROUP, "15-24"))))
            .comment("Trained during the volunteers' mission")
            .build())
        .addSdgTargets(SdgTarget.of("8.5"))
        .build();
    Initiative initiative = Initiative.builder().id(InitiativeId.of("explor-kpomasse")).title("Tomato preserves")
        .resultsFramework(ResultsFramework.builder().addSpecificObjective(SpecificObjective.builder()
            .statement("Preserves of certified quality").addIndicator(trained).build()).build())
        .build();

    assertThat(ModelValidator.create().validate(initiative).isValid()).isTrue();
    List<String> printed = RulesEngine.of(Profiles.standard(), clock).evaluate(Portfolio.builder()
            .addInitiative(initiative).build()).findings().stream()
        .filter(f -> f.ruleId().startsWith("initiative.indicator."))
        .map(f -> f.ruleId() + " " + f.located() + ": " + f.message(Locale.ENGLISH)).toList();
    assertThat(printed).containsExactly("initiative.indicator.breakdown-exceeds-total"
        + " resultsFramework.specificObjectives[0].indicators[0].periods[0].actual.breakdown #2022: The parts of"
        + " “Employees trained in bottling” by sex add up to 17, more than the total of 15");
  }
}
