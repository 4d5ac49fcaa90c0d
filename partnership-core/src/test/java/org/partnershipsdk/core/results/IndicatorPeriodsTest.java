package org.partnershipsdk.core.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.partnershipsdk.core.initiative.Initiative;
import org.partnershipsdk.core.initiative.Participant;
import org.partnershipsdk.core.initiative.ParticipantRole;
import org.partnershipsdk.core.model.InitiativeId;
import org.partnershipsdk.core.model.OrganisationId;
import org.partnershipsdk.core.model.Period;
import org.partnershipsdk.core.model.Sdg;
import org.partnershipsdk.core.model.SdgTarget;
import org.partnershipsdk.core.model.UnknownCodeException;
import org.partnershipsdk.core.validation.ModelValidator;
import org.partnershipsdk.core.validation.ValidationReport;
import org.partnershipsdk.core.validation.Violation;

/**
 * Reporting periods, breakdowns by several dimensions, baseline years, directions and SDG targets:
 * the indicator of the employees of Kpomassé trained in bottling, followed as a funder's report
 * asks (its periods and breakdown are illustrative).
 */
class IndicatorPeriodsTest {
  private static final ModelValidator VALIDATOR = ModelValidator.create();
  private static final Dimension WOMEN = Dimension.of(Disaggregation.SEX, "female");
  private static final Dimension MEN = Dimension.of(Disaggregation.SEX, "male");
  private static final Dimension YOUNG = Dimension.of(Disaggregation.AGE_GROUP, "15-24");
  private static final Dimension OLDER = Dimension.of(Disaggregation.AGE_GROUP, "25+");

  /** Trained in 2022: 15, of whom 9 women and 6 men, 4 young women, 2 young men, 5 older women, 4 older men. */
  static Indicator trained() {
    return Indicator.builder()
        .ref("employees-trained")
        .name("Employees of the production unit trained in bottling")
        .measure(IndicatorMeasure.NUMBER)
        .unit("employees")
        .ascending(true)
        .baseline(IndicatorValue.ofNumber(0).withDate(LocalDate.of(2022, 5, 2)))
        .baselineYear(Year.of(2022))
        .addDisaggregations(Disaggregation.of(Disaggregation.SEX, "female", "male"),
            Disaggregation.of(Disaggregation.AGE_GROUP))
        .addPeriod(IndicatorPeriod.builder()
            .ref("2022")
            .period(Period.ofYear(2022))
            .target(IndicatorValue.ofNumber(15))
            .actual(IndicatorValue.ofNumber(15).withDate(LocalDate.of(2022, 10, 10))
                .withSourceOfVerification("Attendance sheets")
                .withBreakdown(
                    DisaggregatedValue.of(9, WOMEN), DisaggregatedValue.of(6, MEN),
                    DisaggregatedValue.of(4, WOMEN, YOUNG), DisaggregatedValue.of(2, MEN, YOUNG),
                    DisaggregatedValue.of(5, WOMEN, OLDER), DisaggregatedValue.of(4, MEN, OLDER)))
            .comment("Trained during the volunteer's mission")
            .build())
        .addSdgTargets(SdgTarget.of("8.5"), SdgTarget.of("5.a"))
        .build();
  }

  private static List<Violation> violations(Indicator indicator) {
    return VALIDATOR.validate(indicator).violations();
  }

  private static Indicator withActual(IndicatorValue actual) {
    Indicator indicator = trained();
    return indicator.withPeriods(indicator.periods().get(0).withActual(actual));
  }

  @Test
  void anIndicatorWithPeriodsAndATwoDimensionBreakdownIsValid() {
    Indicator trained = trained();
    assertThat(violations(trained)).isEmpty();
    assertThat(trained.isAscending()).isTrue();
    assertThat(trained.baselineYearOrDate()).contains(Year.of(2022));
    assertThat(trained.disaggregation(Disaggregation.SEX).orElseThrow().groups()).containsExactly("female", "male");
    assertThat(trained.periods().get(0).actual().orElseThrow().breakdown().get(2).group(Disaggregation.AGE_GROUP))
        .contains("15-24");
    assertThat(trained.sdgTargets()).extracting(t -> t.goal()).containsExactly(Sdg.DECENT_WORK, Sdg.GENDER_EQUALITY);
  }

  @Test
  void theDirectionIsUpAndTheBaselineYearIsTheDatesUnlessStated() {
    Indicator plain = Indicator.builder().name("Losses").measure(IndicatorMeasure.PERCENTAGE)
        .baseline(IndicatorValue.ofNumber(30).withDate(LocalDate.of(2021, 3, 1))).build();
    assertThat(plain.isAscending()).isTrue();
    assertThat(plain.withAscending(false).isAscending()).isFalse();
    assertThat(plain.baselineYearOrDate()).contains(Year.of(2021));
    assertThat(plain.withBaseline(IndicatorValue.ofNumber(30)).baselineYearOrDate()).isEmpty();
  }

  @Test
  void aPeriodsValuesAreCheckedAgainstTheMeasure() {
    Indicator indicator = trained();
    IndicatorPeriod period = indicator.periods().get(0);
    indicator = indicator.withPeriods(period.withTarget(IndicatorValue.ofText("all of them")),
        IndicatorPeriod.builder().period(Period.of(LocalDate.of(2023, 12, 31), LocalDate.of(2023, 1, 1))).build());
    assertThat(violations(indicator)).extracting(Violation::code, Violation::path, Violation::ref).containsExactly(
        tuple("results.value.kind-mismatch", "periods[0].target.text", Optional.of("2022")),
        tuple("period.order", "periods[1].period.end", Optional.of("employees-trained")));
  }

  @Test
  void aPercentageOutOfRangeIsReportedInAPeriodAndInItsBreakdown() {
    Indicator share = Indicator.builder().name("Share of women trained").measure(IndicatorMeasure.PERCENTAGE)
        .addDisaggregation(Disaggregation.of("site"))
        .addPeriod(IndicatorPeriod.of(Period.ofYear(2022), IndicatorValue.ofNumber(120).withBreakdown(
            DisaggregatedValue.of(101, Dimension.of("site", "Kpomassé")))))
        .build();
    List<Violation> found = violations(share);
    assertThat(found).extracting(Violation::code, Violation::path).containsExactly(
        tuple("results.value.percentage-range", "periods[0].target.breakdown[0].number"),
        tuple("results.value.percentage-range", "periods[0].target.number"));
    assertThat(found.get(0).message(Locale.ENGLISH)).isEqualTo("A percentage must lie between 0 and 100, not 101");
  }

  @Test
  void onlyNumbersAreBrokenDown() {
    Indicator plan = Indicator.builder().name("A sanitary plan is in place").measure(IndicatorMeasure.YES_NO)
        .addDisaggregation(Disaggregation.of("site"))
        .addPeriod(IndicatorPeriod.of(Period.ofYear(2022), IndicatorValue.builder().flag(true)
            .addBreakdown(DisaggregatedValue.of(1, Dimension.of("site", "Kpomassé"))).build()))
        .build();
    List<Violation> found = violations(plan);
    assertThat(found).extracting(Violation::code, Violation::path)
        .containsExactly(tuple("results.breakdown.not-quantitative", "periods[0].target.breakdown"));
    assertThat(found.get(0).message(Locale.FRENCH)).isEqualTo(
        "Seuls les nombres et les pourcentages se ventilent ; cette valeur n'est pas un nombre, et elle compte"
            + " pourtant 1 parts");
  }

  @Test
  void aBreakdownNamesTheDeclaredDimensionsAndGroupsOnceEach() {
    Indicator indicator = withActual(IndicatorValue.ofNumber(15).withBreakdown(
        DisaggregatedValue.of(9, Dimension.of(Disaggregation.SEX, "other")),
        DisaggregatedValue.of(9, Dimension.of("site", "Ouidah")),
        DisaggregatedValue.of(9, WOMEN, Dimension.of(Disaggregation.SEX, "male")),
        DisaggregatedValue.of(6, MEN),
        DisaggregatedValue.of(6, MEN),
        DisaggregatedValue.of(3, YOUNG, WOMEN),
        DisaggregatedValue.of(3, WOMEN, YOUNG)));
    List<Violation> found = violations(indicator);
    assertThat(found).extracting(Violation::code, Violation::path).containsExactly(
        tuple("results.breakdown.undeclared", "periods[0].actual.breakdown[0].dimensions[0]"),
        tuple("results.breakdown.undeclared", "periods[0].actual.breakdown[1].dimensions[0]"),
        tuple("results.breakdown.dimension-repeated", "periods[0].actual.breakdown[2].dimensions[1]"),
        tuple("results.breakdown.duplicate", "periods[0].actual.breakdown[4]"),
        tuple("results.breakdown.duplicate", "periods[0].actual.breakdown[6]"));
    assertThat(found.get(0).message(Locale.ENGLISH)).isEqualTo(
        "The indicator declares no group other of a dimension sex: declare it among its disaggregations");
    assertThat(found.get(4).message(Locale.ENGLISH))
        .isEqualTo("Part 6 of this value already counts the group age-group=15-24, sex=female");
    assertThat(found).allSatisfy(v -> assertThat(v.ref()).contains("2022"));
  }

  @Test
  void aPartNeedsACoordinateAndANumber() {
    Indicator indicator = withActual(IndicatorValue.ofNumber(15).withBreakdown(DisaggregatedValue.builder().build(),
        DisaggregatedValue.builder().addDimensions(Dimension.builder().build()).build()));
    assertThat(violations(indicator)).extracting(Violation::code, Violation::path).containsExactly(
        tuple("value.empty", "periods[0].actual.breakdown[0].dimensions"),
        tuple("value.required", "periods[0].actual.breakdown[0].number"),
        tuple("value.blank", "periods[0].actual.breakdown[1].dimensions[0].group"),
        tuple("value.blank", "periods[0].actual.breakdown[1].dimensions[0].name"),
        tuple("value.required", "periods[0].actual.breakdown[1].number"));
  }

  @Test
  void aDimensionIsDeclaredOnce() {
    Indicator indicator = trained();
    indicator = indicator.withDisaggregations(Disaggregation.of(Disaggregation.SEX, "female", "male"),
        Disaggregation.of(Disaggregation.AGE_GROUP), Disaggregation.of(Disaggregation.SEX));
    assertThat(violations(indicator)).extracting(Violation::code, Violation::path)
        .containsExactly(tuple("results.disaggregation.duplicate", "disaggregations[2].name"));
  }

  @Test
  void theBaselineYearIsTheYearOfItsDate() {
    List<Violation> found = violations(trained().withBaselineYear(Year.of(2021)));
    assertThat(found).extracting(Violation::code, Violation::path)
        .containsExactly(tuple("results.baseline.year-mismatch", "baselineYear"));
    assertThat(found.get(0).message(Locale.ENGLISH))
        .isEqualTo("The baseline year 2021 is not the year of the baseline's date, May 2, 2022");
    assertThat(violations(trained().withBaseline(IndicatorValue.ofNumber(0)).withBaselineYear(Year.of(2021))))
        .isEmpty();
  }

  @Test
  void theSdgTargetsAreThoseOfThe2030Agenda() {
    for (String known : List.of("1.1", "1.b", "2.3", "3.d", "8.10", "16.10", "17.19", " 5.A ")) {
      assertThat(SdgTarget.of(known).isKnown()).as(known).isTrue();
    }
    for (String unknown : List.of("", "1", "1.", ".1", "0.1", "18.1", "1.6", "1.c", "17.a", "17.20", "01.1", "2.03",
        "2.x", "a.1", "2,3")) {
      assertThat(SdgTarget.of(unknown).isKnown()).as(unknown).isFalse();
    }
    assertThat(SdgTarget.of(" 5.A ").value()).isEqualTo("5.a");
    assertThat(SdgTarget.of("17.19").goal()).isEqualTo(Sdg.PARTNERSHIPS);
    assertThatThrownBy(() -> SdgTarget.of("18.1").goal()).isInstanceOf(UnknownCodeException.class);
    List<Violation> found = violations(trained().withSdgTargets(SdgTarget.of("2.3"), SdgTarget.of("2.9")));
    assertThat(found).extracting(Violation::code, Violation::path, Violation::invalidValue)
        .containsExactly(tuple("sdg.target.unknown", "sdgTargets[1]", Optional.of("2.9")));
    int targets = 0;
    for (int goal = 1; goal <= 17; goal++) {
      for (String target : List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
          "16", "17", "18", "19", "20", "a", "b", "c", "d", "e")) {
        targets += SdgTarget.of(goal + "." + target).isKnown() ? 1 : 0;
      }
    }
    assertThat(targets).as("the 2030 Agenda has 169 targets").isEqualTo(169);
  }

  @Test
  void anActivitysResponsibleTakesPartInTheInitiative() {
    OrganisationId ahpa = OrganisationId.of("ahpa");
    Activity training = Activity.builder().statement("Bottling training").responsible(OrganisationId.of("aema"))
        .schedule(Period.of(LocalDate.of(2022, 10, 3), LocalDate.of(2022, 10, 10))).build();
    Initiative initiative = Initiative.builder().id(InitiativeId.of("explor-kpomasse")).title("Tomato preserves")
        .addParticipant(Participant.of(ahpa, ParticipantRole.HOLDER))
        .resultsFramework(ResultsFramework.builder().addSpecificObjective(SpecificObjective.builder()
            .statement("Quality").addExpectedResult(ExpectedResult.builder().statement("Trained")
                .addActivities(training.withResponsible(ahpa), training.withRef("training")).build())
            .build()).build())
        .build();
    List<Violation> found = VALIDATOR.validate(initiative).violations();
    assertThat(found).extracting(Violation::code, Violation::path, Violation::ref).containsExactly(tuple(
        "results.activity.responsible-not-participant",
        "resultsFramework.specificObjectives[0].expectedResults[0].activities[1].responsible", Optional.of("training")));
    assertThat(found.get(0).message(Locale.FRENCH))
        .isEqualTo("L'organisation aema, responsable de l'activité, ne participe pas à l'initiative");
    assertThat(training.schedule().orElseThrow().days().getAsLong()).isEqualTo(8);
  }

  @Test
  void numbersOfPartsAreKeptInOneForm() {
    DisaggregatedValue part = DisaggregatedValue.builder().addDimensions(WOMEN).number(new BigDecimal("9.00")).build();
    assertThat(part).isEqualTo(DisaggregatedValue.of(9, WOMEN));
    assertThat(part.number()).contains(new BigDecimal("9"));
    assertThat(part.group("unknown")).isEmpty();
  }
}
