package org.partnershipsdk.iati;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnershipsdk.iati.ExportTest.EXPORTER;
import static org.partnershipsdk.iati.ExportTest.export;

import java.io.OutputStream;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnershipsdk.core.initiative.Initiative;
import org.partnershipsdk.core.model.FieldOfAction;
import org.partnershipsdk.core.model.InitiativeId;
import org.partnershipsdk.core.model.Period;
import org.partnershipsdk.core.model.SdgTarget;
import org.partnershipsdk.core.portfolio.Portfolio;
import org.partnershipsdk.core.results.DisaggregatedValue;
import org.partnershipsdk.core.results.Dimension;
import org.partnershipsdk.core.results.Disaggregation;
import org.partnershipsdk.core.results.Indicator;
import org.partnershipsdk.core.results.IndicatorMeasure;
import org.partnershipsdk.core.results.IndicatorPeriod;
import org.partnershipsdk.core.results.IndicatorValue;
import org.partnershipsdk.core.results.OverallObjective;
import org.partnershipsdk.core.results.ResultsFramework;
import org.partnershipsdk.core.results.SpecificObjective;
import org.partnershipsdk.core.rules.Severity;
import org.partnershipsdk.iati.ExportTest.Exported;
import org.partnershipsdk.testkit.RealCases;

/** The results, SDG targets and sectors of an activity, as docs/iati.md's table says they are written. */
class ResultsExportTest {
  private static final Initiative COMASAGUA = RealCases.comasaguaMontauban();
  private static final Period YEAR_2016 = Period.ofYear(2016);

  @Test
  void theComasaguaIndicatorIsAnOutcomeWithoutPeriodsItsMeasurementSaidLeftOut() {
    Exported exported = exportAlone(COMASAGUA);

    assertThat(exported.xml()).containsIgnoringWhitespaces("""
        <result type="2">
          <title><narrative>The Montauban solidarity garden brings together people in hardship, an agricultural \
        lycée, organic farmers and associations</narrative></title>
          <indicator measure="1">
            <title><narrative>People in economic and social hardship brought together by the Montauban \
        solidarity garden</narrative></title>
          </indicator>
        </result>""");
    assertThat(exported.xml()).as("the overall objective has no indicator").doesNotContain("<result type=\"3\"");
    assertThat(partsLeftOut(exported)).containsExactly(
        "resultsFramework.specificObjectives[0].indicators[0]: 1 target(s) and measurement(s) left out: IATI reports"
            + " values by period, with a start and an end");
    assertNoErrorsNorResultsWarnings(exported);
  }

  @Test
  void aPeriodIsWrittenWithItsTargetActualBreakdownAndComment() {
    // Illustrative: the source gives the Comasagua indicator no reporting period; this one is made up.
    Indicator people = indicator().measure(IndicatorMeasure.NUMBER).ascending(true)
        .addDisaggregation(Disaggregation.of(Disaggregation.SEX, "female", "male"))
        .baseline(IndicatorValue.builder().number(java.math.BigDecimal.ZERO).date(LocalDate.of(2015, 3, 2)).build())
        .addPeriod(IndicatorPeriod.builder().period(YEAR_2016).target(IndicatorValue.ofNumber(100))
            .actual(IndicatorValue.ofNumber(120).withSourceOfVerification("Attendance sheets")
                .withBreakdown(DisaggregatedValue.of(70, Dimension.of(Disaggregation.SEX, "female")),
                    DisaggregatedValue.of(50, Dimension.of(Disaggregation.SEX, "male"))))
            .comment("More came than planned").build())
        .build();
    Exported exported = exportAlone(withIndicator(people));

    assertThat(exported.xml()).containsIgnoringWhitespaces("""
        <indicator measure="1" ascending="1">
          <title><narrative>People brought together</narrative></title>
          <baseline year="2015" iso-date="2015-03-02" value="0"/>
          <period>
            <period-start iso-date="2016-01-01"/>
            <period-end iso-date="2016-12-31"/>
            <target value="100"/>
            <actual value="120">
              <comment><narrative>Source of verification: Attendance sheets
        More came than planned</narrative></comment>
            </actual>
            <actual value="70"><dimension name="sex" value="female"/></actual>
            <actual value="50"><dimension name="sex" value="male"/></actual>
          </period>
        </indicator>""");
    assertThat(exported.export().leftOutParts()).isEmpty();
    assertNoErrorsNorResultsWarnings(exported);
  }

  @Test
  void aQualitativeIndicatorHasNoValueItsTextIsTheComment() {
    Indicator plan = indicator().name("A land-use plan adopted").measure(IndicatorMeasure.QUALITATIVE)
        .baseline(IndicatorValue.ofText("No plan")).baselineYear(Year.of(2015))
        .addPeriod(IndicatorPeriod.builder().period(YEAR_2016).target(IndicatorValue.ofText("Plan written and adopted"))
            .actual(IndicatorValue.ofText("Plan handed over")).build())
        .build();
    Exported exported = exportAlone(withIndicator(plan));

    assertThat(exported.xml()).containsIgnoringWhitespaces("""
        <indicator measure="5">
          <title><narrative>A land-use plan adopted</narrative></title>
          <baseline year="2015"><comment><narrative>No plan</narrative></comment></baseline>
          <period>
            <period-start iso-date="2016-01-01"/>
            <period-end iso-date="2016-12-31"/>
            <target><comment><narrative>Plan written and adopted</narrative></comment></target>
            <actual><comment><narrative>Plan handed over</narrative></comment></actual>
          </period>
        </indicator>""");
    assertNoErrorsNorResultsWarnings(exported);
  }

  @Test
  void aYesNoIndicatorIsNominalWithValuesOneAndZero() {
    Indicator market = indicator().name("A weekly market is held").measure(IndicatorMeasure.YES_NO)
        .ascending(true).addPeriod(IndicatorPeriod.builder().period(YEAR_2016).target(IndicatorValue.ofYesNo(true))
            .actual(IndicatorValue.ofYesNo(false)).build())
        .build();
    Exported exported = exportAlone(withIndicator(market));

    assertThat(exported.xml()).containsIgnoringWhitespaces("""
        <indicator measure="3" ascending="1">
          <title><narrative>A weekly market is held</narrative></title>
          <period>
            <period-start iso-date="2016-01-01"/>
            <period-end iso-date="2016-12-31"/>
            <target value="1"/>
            <actual value="0"/>
          </period>
        </indicator>""");
    assertNoErrorsNorResultsWarnings(exported);
  }

  @Test
  void aBaselineWithoutYearNorDateIsLeftOutAndSaidSo() {
    Indicator people = indicator().baseline(IndicatorValue.ofNumber(12)).build();
    Exported exported = exportAlone(withIndicator(people));

    assertThat(exported.xml()).contains("<indicator measure=\"1\">").doesNotContain("<baseline");
    assertThat(partsLeftOut(exported)).containsExactly(
        "resultsFramework.specificObjectives[0].indicators[0].baseline: left out: IATI needs the baseline's year,"
            + " and neither a baseline year nor a date gives it");
    assertNoErrorsNorResultsWarnings(exported);
  }

  @Test
  void aPeriodWithoutEndOrEndingBeforeItStartsIsLeftOutAndSaidSo() {
    Indicator people = indicator()
        .addPeriod(IndicatorPeriod.of(Period.builder().start(LocalDate.of(2016, 1, 1)).build(), IndicatorValue.ofNumber(1)))
        .addPeriod(IndicatorPeriod.of(Period.of(LocalDate.of(2017, 1, 1), LocalDate.of(2016, 1, 1)),
            IndicatorValue.ofNumber(2)))
        .build();
    Exported exported = exportAlone(withIndicator(people));

    assertThat(exported.xml()).doesNotContain("<period>");
    assertThat(partsLeftOut(exported)).hasSize(2)
        .allMatch(note -> note.contains(".periods[") && note.contains("rule 8.6.1"));
    assertNoErrorsNorResultsWarnings(exported);
  }

  @Test
  void theLevelsAreImpactOutcomeAndOutputAndTheirSdgTargetsTagsOnce() {
    Indicator first = indicator().addSdgTargets(SdgTarget.of("2.3"), SdgTarget.of("5.a")).build();
    Indicator second = indicator().name("Plots farmed").addSdgTarget(SdgTarget.of("2.3")).build();
    ResultsFramework framework = ResultsFramework.builder()
        .overallObjective(OverallObjective.builder().statement("Food sovereignty").addIndicator(first).build())
        .addSpecificObjective(SpecificObjective.builder().statement("A garden").addIndicator(second)
            .addExpectedResult(org.partnershipsdk.core.results.ExpectedResult.builder().statement("Plots")
                .addIndicator(second).build())
            .build())
        .build();
    Exported exported = exportAlone(COMASAGUA.withResultsFramework(framework));

    assertThat(exported.xml()).containsSubsequence("<result type=\"3\">", "Food sovereignty", "<result type=\"2\">",
        "A garden", "<result type=\"1\">", "Plots");
    assertThat(exported.xml()).containsSubsequence("<tag vocabulary=\"3\" code=\"2.3\"/>",
        "<tag vocabulary=\"3\" code=\"5.a\"/>");
    assertThat(exported.xml().split("code=\"2.3\"", -1)).as("2.3 once").hasSize(2);
    assertNoErrorsNorResultsWarnings(exported);
  }

  @Test
  void fieldsOfActionAreDacSectorsAndOwnVocabularySectorsEachAddingUpTo100() {
    Initiative three = COMASAGUA.withFieldsOfAction(FieldOfAction.HEALTH, FieldOfAction.EDUCATION, FieldOfAction.OTHER)
        .withOtherFieldOfAction("Beekeeping");
    Exported exported = exportAlone(three);

    assertThat(exported.xml()).containsSubsequence(
        "<sector vocabulary=\"1\" code=\"12220\" percentage=\"33.33\"/>",
        "<sector vocabulary=\"1\" code=\"11110\" percentage=\"33.33\"/>",
        "<sector vocabulary=\"1\" code=\"99810\" percentage=\"33.34\"/>",
        "<sector vocabulary=\"99\" code=\"health\" percentage=\"33.33\">",
        "<sector vocabulary=\"99\" code=\"education\" percentage=\"33.33\">",
        "<sector vocabulary=\"99\" code=\"other\" percentage=\"33.34\">");
    assertThat(exported.report().withRule("102.1.1")).as("a DAC sector beside vocabulary 99").isEmpty();
    assertNoErrorsNorResultsWarnings(exported);

    Exported one = exportAlone(COMASAGUA.withFieldsOfAction(FieldOfAction.HEALTH));
    assertThat(one.xml()).contains("<sector vocabulary=\"1\" code=\"12220\"/>", "<sector vocabulary=\"99\" code=\"health\">");
    Exported none = exportAlone(COMASAGUA.withFieldsOfAction(List.of()));
    assertThat(none.xml()).contains("<sector vocabulary=\"1\" code=\"99810\"/>").doesNotContain("vocabulary=\"99\"");
  }

  @Test
  void aStreamedExportKeepsTheFirstThousandInitiativesPartsAndReturnsEachAWholeExportKeepsAll() {
    List<Initiative> copies = java.util.stream.IntStream.range(0, 1_001)
        .mapToObj(i -> COMASAGUA.withId(InitiativeId.of("comasagua-" + i))).toList();
    try (IatiActivityWriter writer = EXPORTER.open(RealCases.portfolio(), OutputStream.nullOutputStream())) {
      for (Initiative copy : copies) {
        assertThat(writer.write(copy)).as("its measurement outside any period").hasSize(1);
      }
      writer.close();
      assertThat(writer.export().leftOutParts()).hasSize(1_000);
    }
    IatiExport whole = EXPORTER.write(RealCases.portfolio().withInitiatives(copies), OutputStream.nullOutputStream());
    assertThat(whole.leftOutParts()).hasSize(1_001);
  }

  /** An indicator of people brought together, without measure details. */
  private static Indicator.Builder indicator() {
    return Indicator.builder().name("People brought together").measure(IndicatorMeasure.NUMBER);
  }

  private static Initiative withIndicator(Indicator indicator) {
    return COMASAGUA.withResultsFramework(ResultsFramework.builder()
        .addSpecificObjective(SpecificObjective.builder().statement("A garden").addIndicator(indicator).build())
        .build());
  }

  private static Exported exportAlone(Initiative initiative) {
    Portfolio alone = RealCases.portfolio().withInitiatives(initiative);
    return export(EXPORTER, alone);
  }

  private static List<String> partsLeftOut(Exported exported) {
    return exported.export().leftOutParts().getOrDefault(COMASAGUA.id(), List.of());
  }

  private static void assertNoErrorsNorResultsWarnings(Exported exported) {
    assertThat(exported.report().findings()).filteredOn(f -> f.severity() == Severity.ERROR
        || f.ruleId().startsWith("8.")).isEmpty();
  }
}
