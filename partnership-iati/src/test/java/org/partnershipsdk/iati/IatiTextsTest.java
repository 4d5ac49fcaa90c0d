package org.partnershipsdk.iati;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.partnershipsdk.testkit.TextBundles.placeholders;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.partnershipsdk.core.model.InitiativeId;
import org.partnershipsdk.core.model.Period;
import org.partnershipsdk.core.text.Texts;
import org.partnershipsdk.iati.internal.Ruleset;
import org.partnershipsdk.testkit.RealCases;
import org.partnershipsdk.testkit.TextBundles;

/**
 * Every text of the IATI module — the ruleset's messages, the checker's and the export's texts, the
 * messages of its exceptions — is shipped in French and Spanish, with the English one's
 * placeholders, and read in the reader's language; a bundle of the user's changes any of them.
 */
class IatiTextsTest {
  private static final Path TEXTS = Path.of("src/main/resources/org/partnershipsdk/iati/texts");
  private static final Locale SPANISH = Locale.forLanguageTag("es");
  private static final Locale SALVADORAN = Locale.forLanguageTag("es-SV");

  @Test
  void everyTextOfTheCheckerAndTheExportHasAFrenchAndASpanishText() throws IOException {
    for (String family : List.of("check", "export")) {
      Properties english = load(family + ".properties");
      for (String language : List.of("fr", "es")) {
        String file = family + "_" + language + ".properties";
        Properties translated = load(file);
        Set<String> missing = new TreeSet<>(english.stringPropertyNames());
        missing.removeAll(translated.stringPropertyNames());
        assertThat(missing).as("keys of %s.properties without a text in %s", family, file).isEmpty();
        Set<String> unknown = new TreeSet<>(translated.stringPropertyNames());
        unknown.removeAll(english.stringPropertyNames());
        assertThat(unknown).as("keys of %s that %s.properties does not have", file, family).isEmpty();
        for (String key : english.stringPropertyNames()) {
          assertThat(translated.getProperty(key)).as("%s in %s", key, file).isNotBlank()
              .isNotEqualTo(english.getProperty(key));
          assertThat(placeholders(translated.getProperty(key))).as("the placeholders of %s in %s", key, file)
              .isEqualTo(placeholders(english.getProperty(key)));
        }
      }
    }
  }

  @Test
  void everyRuleOfTheRulesetHasAFrenchAndASpanishMessage() throws IOException {
    List<Ruleset.Info> rules = new ArrayList<>();
    Ruleset.standard().contexts().forEach(context -> context.cases().forEach(c -> infos(c, rules)));
    Set<String> ids = new TreeSet<>();
    rules.forEach(rule -> ids.add(rule.id()));
    assertThat(ids).hasSize(89);
    for (String language : List.of("fr", "es")) {
      String file = "ruleset_" + language + ".properties";
      Properties translated = load(file);
      Set<String> missing = new TreeSet<>(ids);
      missing.removeAll(translated.stringPropertyNames());
      assertThat(missing).as("rule ids of rulesets/standard.json without a message in %s", file).isEmpty();
      Set<String> unknown = new TreeSet<>(translated.stringPropertyNames());
      unknown.removeAll(ids);
      assertThat(unknown).as("rule ids in %s that the ruleset does not have", file).isEmpty();
      for (Ruleset.Info rule : rules) {
        assertThat(translated.getProperty(rule.id())).as("%s in %s", rule.id(), file).isNotBlank()
            .isNotEqualTo(rule.en());
        assertThat(rule.message(Locale.forLanguageTag(language))).as(rule.id())
            .isEqualTo(translated.getProperty(rule.id()));
      }
    }
  }

  @Test
  void aFindingOfTheRulesetIsToldInSpanish() {
    IatiReport report = IatiCheckerTest.CHECKER.check(IatiCheckerTest.example("minimal-activity.xml"));
    IatiFinding sector = report.withRule("6.2.2").get(0);

    assertThat(sector.message(SALVADORAN))
        .isEqualTo("Cada actividad debe declarar un sector, en el nivel de la actividad O para todas sus transacciones.");
    assertThat(sector.message(SPANISH)).isEqualTo(sector.message(SALVADORAN));
    assertThat(sector.message(Locale.GERMAN)).isEqualTo(sector.messageEn())
        .isEqualTo("Each activity must have a specified sector, either at activity level OR for all transactions.");
    assertThat(sector.message(Locale.FRENCH)).isEqualTo(sector.messageFr()).startsWith("Chaque activité");
  }

  @Test
  void theSchemaAndTheCodelistsSpeakSpanishToo() {
    String example = new String(IatiCheckerTest.example("ngo-initiative-activity.xml"), StandardCharsets.UTF_8);
    String broken = example.replace("<activity-status code=\"4\"/>", "<activity-status code=\"4\"/>\n    <bogus/>")
        .replace("code=\"32161\"", "code=\"99999\"");
    IatiReport report = IatiCheckerTest.CHECKER.check(broken.getBytes(StandardCharsets.UTF_8));

    IatiFinding schema = report.withRule(IatiFinding.SCHEMA).get(0);
    assertThat(schema.message(SPANISH)).startsWith("El archivo no sigue el esquema IATI 2.03: ").contains("bogus")
        .isNotEqualTo(schema.message(Locale.ENGLISH).replace("The file does not follow the IATI 2.03 schema: ",
            "El archivo no sigue el esquema IATI 2.03: "));
    IatiFinding code = report.withRule(IatiFinding.CODELIST).get(0);
    assertThat(code.message(SPANISH)).isEqualTo("El código «99999» no está en la lista de códigos IATI Sector");
  }

  @Test
  void theExceptionsAndWhatTheExportLeavesOutAreToldInSpanish() {
    IatiReadException unreadable = catchThrowableOfType(IatiReadException.class,
        () -> IatiCheckerTest.CHECKER.check("<iati-activities>".getBytes(StandardCharsets.UTF_8)));
    assertThat(unreadable.getMessage(SALVADORAN)).startsWith("El archivo no es XML bien formado: ");
    assertThat(unreadable.getMessage()).startsWith("The file is not well-formed XML: ");

    IatiReadException missing = catchThrowableOfType(IatiReadException.class,
        () -> IatiCheckerTest.CHECKER.check(Path.of("target/no-such-iati-file.xml")));
    assertThat(missing.code()).isEqualTo(IatiReadException.IO);
    assertThat(missing.getMessage(SPANISH)).startsWith("No se pudo leer el archivo: no existe el archivo ")
        .endsWith("no-such-iati-file.xml");

    IatiWriteException unwritable = catchThrowableOfType(IatiWriteException.class,
        () -> ExportTest.EXPORTER.write(RealCases.portfolio(), new FailingStream()));
    assertThat(unwritable.getMessage(SPANISH)).startsWith("No se pudo escribir el documento IATI: ")
        .contains("disk full");
    assertThat(unwritable.getMessage(Locale.FRENCH)).startsWith("Le document IATI n'a pas pu être écrit : ");
    assertThat(unwritable.getCause()).isNotNull();

    IatiConfigurationException refused = catchThrowableOfType(IatiConfigurationException.class,
        () -> IatiExporter.builder().language("French"));
    assertThat(refused.getMessage(SPANISH)).isEqualTo("No es un código de idioma ISO 639-1: French");

    IatiExport export = ExportTest.EXPORTER.write(RealCases.portfolio().withInitiatives(
        RealCases.comasaguaMontauban().withPeriod(Period.unknown())
            .withCycle(org.partnershipsdk.core.cycle.ProjectCycle.empty())), OutputStream.nullOutputStream());
    InitiativeId comasagua = RealCases.comasaguaMontauban().id();
    assertThat(export.leftOutReasons().get(comasagua).get(0).message(SALVADORAN))
        .startsWith("sin fecha de inicio: ");
  }

  @Test
  void aBundleOfYoursChangesAnIatiTextOrAddsALanguage() {
    Texts.addBundle("iati-texts-test.texts", IatiTextsTest.class.getClassLoader());
    try {
      IatiReport report = IatiCheckerTest.CHECKER.check(IatiCheckerTest.example("minimal-activity.xml"));
      IatiFinding sector = report.withRule("6.2.2").get(0);
      assertThat(sector.message(SPANISH)).isEqualTo("Falta el sector (texto propio)");
      assertThat(sector.message(Locale.forLanguageTag("pt-BR"))).isEqualTo("Cada atividade deve ter um setor");
      assertThat(sector.message(Locale.FRENCH)).startsWith("Chaque activité");

      String doctype = "<?xml version=\"1.0\"?>\n<!DOCTYPE iati-activities []>\n<iati-activities/>";
      IatiReadException refused = catchThrowableOfType(IatiReadException.class,
          () -> IatiCheckerTest.CHECKER.check(doctype.getBytes(StandardCharsets.UTF_8)));
      assertThat(refused.code()).isEqualTo(IatiReadException.DOCTYPE);
      assertThat(refused.getMessage(SPANISH)).isEqualTo("DOCTYPE rechazado (texto propio)");
      assertThat(refused.getMessage()).startsWith("The file declares a document type");
    } finally {
      Texts.removeBundle("iati-texts-test.texts");
    }
  }

  private static void infos(Ruleset.Case c, List<Ruleset.Info> out) {
    if (c.info() != null) {
      out.add(c.info());
    }
    c.inner().forEach(inner -> infos(inner, out));
  }

  private static Properties load(String file) {
    return TextBundles.read(TEXTS.resolve(file));
  }

  /** A target that fails as a full disk does. */
  private static final class FailingStream extends OutputStream {
    @Override
    public void write(int b) throws IOException {
      throw new IOException("disk full");
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      throw new IOException("disk full");
    }
  }
}
