package org.partnershipsdk.iati;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partnershipsdk.iati.ExportTest.EXPORTER;
import static org.partnershipsdk.iati.ExportTest.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.partnershipsdk.core.cycle.ProjectCycle;
import org.partnershipsdk.core.initiative.Initiative;
import org.partnershipsdk.core.model.InitiativeId;
import org.partnershipsdk.core.model.OrganisationId;
import org.partnershipsdk.core.model.PartnershipException;
import org.partnershipsdk.core.model.Period;
import org.partnershipsdk.core.results.Indicator;
import org.partnershipsdk.core.results.IndicatorMeasure;
import org.partnershipsdk.core.results.IndicatorValue;
import org.partnershipsdk.core.results.ResultsFramework;
import org.partnershipsdk.core.results.SpecificObjective;
import org.partnershipsdk.testkit.RealCases;

/** What the export leaves out and the settings it refuses: a stable code, a path, English and French. */
class LeftOutReasonsTest {
  private static final Initiative COMASAGUA = RealCases.comasaguaMontauban();
  /** Neither a start date nor anybody to report it. */
  private static final Initiative UNEXPORTABLE = COMASAGUA.withPeriod(Period.unknown()).withCycle(ProjectCycle.empty())
      .withPartnership(java.util.Optional.empty()).withParticipants(List.of());

  @Test
  void anInitiativeLeftOutHasTheCodesPathsAndFrenchOfItsReasonsAndStillItsEnglishTexts() {
    IatiExport export = EXPORTER.write(RealCases.portfolio().withInitiatives(UNEXPORTABLE), OutputStream.nullOutputStream());

    List<IatiLeftOut> reasons = export.leftOutReasons().get(COMASAGUA.id());
    assertThat(reasons).extracting(IatiLeftOut::code, IatiLeftOut::path).containsExactly(
        org.assertj.core.groups.Tuple.tuple(IatiLeftOut.NO_START_DATE, "period.start"),
        org.assertj.core.groups.Tuple.tuple(IatiLeftOut.NO_REPORTING_ORGANISATION, "participants"));
    assertThat(reasons.get(0).message(Locale.FRENCH)).startsWith("pas de date de début");
    assertThat(reasons.get(1).message(Locale.CANADA_FRENCH)).startsWith("pas d'organisation déclarante");
    assertThat(export.leftOut().get(COMASAGUA.id())).as("the English texts, as before").containsExactly(
        "no start date: neither a planned start (its period) nor the date implementation began",
        "no reporting organisation: none is set, and the initiative has no partnership and no holder");
    assertThat(export.leftOutCount()).isEqualTo(1);
  }

  @Test
  void anInitiativeWithABlankTitleIsLeftOutRatherThanWrittenAsAnActivityTheValidatorRejects() {
    IatiExport export = EXPORTER.write(RealCases.portfolio().withInitiatives(COMASAGUA.withTitle(" ")),
        OutputStream.nullOutputStream());

    assertThat(export.activities()).isZero();
    assertThat(export.leftOutReasons().get(COMASAGUA.id())).extracting(IatiLeftOut::code, IatiLeftOut::path)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(IatiLeftOut.NO_TITLE, "title"));
    assertThat(export.leftOutReasons().get(COMASAGUA.id()).get(0).message(Locale.FRENCH)).startsWith("pas de titre");
  }

  @Test
  void aPartLeftOutHasItsCodePathAndFrench() {
    Indicator indicator = Indicator.builder().name("People brought together").measure(IndicatorMeasure.NUMBER)
        .baseline(IndicatorValue.ofNumber(0)).build();
    Initiative withBaseline = COMASAGUA.withResultsFramework(ResultsFramework.builder()
        .addSpecificObjective(SpecificObjective.builder().statement("A garden").addIndicator(indicator).build())
        .build());
    IatiExport export = export(EXPORTER, RealCases.portfolio().withInitiatives(withBaseline)).export();

    IatiLeftOut baseline = export.leftOutPartReasons().get(COMASAGUA.id()).get(0);
    assertThat(baseline.code()).isEqualTo(IatiLeftOut.BASELINE_WITHOUT_YEAR);
    assertThat(baseline.path()).isEqualTo("resultsFramework.specificObjectives[0].indicators[0].baseline");
    assertThat(baseline.message(Locale.FRENCH)).startsWith("laissée de côté : IATI demande l'année");
    assertThat(export.leftOutParts().get(COMASAGUA.id())).containsExactly(baseline.path()
        + ": left out: IATI needs the baseline's year, and neither a baseline year nor a date gives it");
  }

  @Test
  void aStreamedExportKeepsTheFirstThousandInitiativesLeftOutAndCountsThemAll() {
    List<Initiative> copies = IntStream.range(0, 1_001)
        .mapToObj(i -> UNEXPORTABLE.withId(InitiativeId.of("left-out-" + i))).toList();
    try (IatiActivityWriter writer = EXPORTER.open(RealCases.portfolio(), OutputStream.nullOutputStream())) {
      copies.forEach(writer::writeActivity);
      writer.close();
      assertThat(writer.export().leftOutReasons()).hasSize(1_000).containsKey(InitiativeId.of("left-out-999"));
      assertThat(writer.export().leftOut()).hasSize(1_000);
      assertThat(writer.export().leftOutCount()).isEqualTo(1_001);
    }
    IatiExport whole = EXPORTER.write(RealCases.portfolio().withInitiatives(copies), OutputStream.nullOutputStream());
    assertThat(whole.leftOutReasons()).hasSize(1_001);
    assertThat(whole.leftOutCount()).isEqualTo(1_001);
  }

  @Test
  void everyCodeHasAnEnglishAndADifferentFrenchText() throws IOException {
    Properties english = texts("export.properties");
    Properties french = texts("export_fr.properties");
    List<String> codes = Arrays.stream(IatiLeftOut.class.getFields()).filter(f -> Modifier.isStatic(f.getModifiers()))
        .map(LeftOutReasonsTest::value).toList();
    assertThat(codes).hasSize(11).allMatch(code -> code.startsWith("iati.export."));
    assertThat(english.stringPropertyNames()).containsAll(codes).isEqualTo(french.stringPropertyNames());
    assertThat(english.stringPropertyNames()).allSatisfy(code ->
        assertThat(french.getProperty(code)).as(code).isNotBlank().isNotEqualTo(english.getProperty(code)));
  }

  @Test
  void aRefusedSettingIsASpecificExceptionWithACodeInEnglishAndFrench() {
    OrganisationId holder = COMASAGUA.holders().get(0).organisation();
    assertThatThrownBy(() -> IatiExporter.builder().organisationIdentifier(holder, "FR-RNA-W751000000"))
        .isInstanceOfSatisfying(IatiConfigurationException.class, e -> {
          assertThat(e.code()).isEqualTo(IatiConfigurationException.ORGANISATION_IDENTIFIER);
          assertThat(e.getMessage()).startsWith("Not an IATI organisation identifier").endsWith("FR-RNA-W751000000");
          assertThat(e.getMessage(Locale.FRENCH)).startsWith("Pas un identifiant d'organisation IATI")
              .endsWith(" : FR-RNA-W751000000");
        });
    assertThatThrownBy(() -> IatiExporter.builder().language("French"))
        .isInstanceOf(PartnershipException.class).extracting(e -> ((PartnershipException) e).code())
        .isEqualTo(IatiConfigurationException.LANGUAGE);
    assertThatThrownBy(() -> IatiExporter.builder().language(null))
        .hasMessage("Not an ISO 639-1 language code: null");
  }

  private static Properties texts(String name) throws IOException {
    Properties texts = new Properties();
    try (InputStream in = IatiLeftOut.class.getResourceAsStream("/org/partnershipsdk/iati/texts/" + name)) {
      texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return texts;
  }

  private static String value(Field field) {
    try {
      return (String) field.get(null);
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    }
  }
}
