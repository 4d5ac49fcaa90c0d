package org.partnershipsdk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnershipsdk.testkit.TextBundles.placeholders;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnershipsdk.cli.CliFixtures.Run;
import org.partnershipsdk.testkit.TextBundles;

/**
 * The checker's own texts ship in English, French and Spanish ({@code texts/cli*.properties}), and
 * {@code --lang es} gives them in Spanish: the help, the table, the usage errors, a file not found.
 */
class CliTextsTest {
  private static final Path TEXTS = Path.of("src/main/resources/org/partnershipsdk/cli/texts");
  private static final String NL = System.lineSeparator();
  private static final DocumentLoader DOCUMENTS = CliFixtures.loader(Map.of(
      "clean.json", CliFixtures.clean(), "defective.json", CliFixtures.defective()));

  @Test
  void everyTextHasAFrenchAndASpanishTextWithTheSamePlaceholders() throws IOException {
    assertThat(problems(TEXTS)).as("texts of cli.properties missing or different in cli_fr and cli_es").isEmpty();
  }

  /** The check above names the file and the key of a text that has no translation. */
  @Test
  void aKeyWithoutItsSpanishTextIsNamedWithItsFile(@TempDir Path folder) throws IOException {
    Files.writeString(folder.resolve("cli.properties"), "cli.a=A {file}\ncli.b=B\ncli.c=C {count}\n");
    Files.writeString(folder.resolve("cli_fr.properties"), "cli.a=A {file}\ncli.b=B\ncli.c=C {count}\n");
    Files.writeString(folder.resolve("cli_es.properties"), "cli.a=A {archivo}\ncli.c=C {count}\ncli.old=D\n");

    assertThat(problems(folder)).containsExactly(
        "cli_es.properties: cli.a does not have the placeholders [file]",
        "cli_es.properties: cli.b is missing",
        "cli_es.properties: cli.old is not in cli.properties");
  }

  @Test
  void everyKeyTheCheckerUsesHasItsEnglishText() {
    // CliText.of refuses an unknown key when its class loads: loading every class that holds texts.
    assertThat(HelpText.in(Locale.ENGLISH)).startsWith("partnership-cli: checks");
    assertThat(CliText.TEXTS.keys()).contains("cli.help", "cli.file.not-found", "cli.report.header");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> CliText.of("cli.nope"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("cli.nope");
  }

  @Test
  void checkInSpanishHasSpanishHeadingsAndCounts() {
    Run run = CliFixtures.run(DOCUMENTS, "check", "defective.json", "--lang", "es", "--as-of", "2023-01-20");
    assertThat(run.exitCode()).isEqualTo(PartnershipCli.ERRORS);
    assertThat(run.out()).startsWith("Verificación con el perfil de cada programa (default para el resto), a fecha"
        + " de 2023-01-20" + NL)
        .contains("  Misión de voluntariado explor-moulenda" + NL)
        .contains("La duración declarada de 9 días difiere de los 8 días de las fechas de la misión")
        .contains("Advertencia  mission.preparation.")
        .endsWith("  errores: 3, advertencias: 6, información: 0" + NL);
    Run two = CliFixtures.run(DOCUMENTS, "check", "clean.json", "missing.json", "--lang", "es", "--as-of", "2023-01-20");
    assertThat(two.exitCode()).isEqualTo(PartnershipCli.UNREADABLE);
    assertThat(two.err()).isEqualTo("archivo no encontrado: missing.json" + NL);
    assertThat(two.out()).contains("missing.json" + NL + "  no verificado: no puede leerse como documento [json.io];"
        + " ver la salida de errores" + NL)
        .endsWith("Total (2 archivos, ilegibles: 1): errores: 0, advertencias: 3, información: 0" + NL);
  }

  @Test
  void helpInSpanish() {
    Run run = CliFixtures.run("--help", "--lang", "es");
    assertThat(run.exitCode()).isEqualTo(PartnershipCli.OK);
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).startsWith("partnership-cli: verifica documentos JSON de partnership-sdk")
        .contains("Uso:" + NL, "check [--profile NOMBRE]", "explain [--lang en|fr|es] ID-REGLA", "Comandos:" + NL,
            "Opciones:" + NL, "Códigos de salida (el primero que se aplica):" + NL, "64  error de uso",
            "(portfolio si" + NL)
        .doesNotContain("{");
  }

  @Test
  void rulesAndExplainInSpanish() {
    assertThat(CliFixtures.run("rules", "--lang", "es").out()).contains("reglas integradas;")
        .containsPattern("REGLA +GRAVEDAD +VERIFICA +PERFILES +TÍTULO");
    assertThat(CliFixtures.run("explain", "mission.parties.local-partner-missing", "--lang", "es").out())
        .contains(NL + "Perfiles:" + NL, "  default: aplicada");
  }

  @Test
  void usageErrorsInSpanish() {
    assertThat(CliFixtures.run("check", "--lang", "es", "a.json", "--profile", "x").err()).isEqualTo(
        "partnership-cli: Perfil desconocido \"x\": use default, caac, explor" + NL
            + "Ejecute partnership-cli --help para ver los comandos y las opciones." + NL);
    Run typo = CliFixtures.run("chek", "--lang", "es", "a.json");
    assertThat(typo.exitCode()).isEqualTo(PartnershipCli.USAGE);
    assertThat(typo.err()).startsWith("partnership-cli: Comando desconocido \"chek\": use check, schema, explain,"
        + " rules, catalogue, export-iati o check-iati; ¿quiso decir check?" + NL);
    assertThat(CliFixtures.run("--lang", "es").err()).startsWith("partnership-cli: No se indicó ningún comando" + NL);
  }

  /**
   * @return one line per problem of the translations in {@code folder}: a key of cli.properties
   *     missing from cli_fr or cli_es, or with other placeholders, or a key they have that the
   *     English file has not
   */
  static List<String> problems(Path folder) throws IOException {
    Properties english = TextBundles.read(folder.resolve("cli.properties"));
    List<String> problems = new ArrayList<>();
    for (String language : new String[] {"fr", "es"}) {
      String name = "cli_" + language + ".properties";
      Properties translated = TextBundles.read(folder.resolve(name));
      Set<String> keys = new TreeSet<>(english.stringPropertyNames());
      keys.addAll(translated.stringPropertyNames());
      for (String key : keys) {
        String text = translated.getProperty(key);
        if (text == null) {
          problems.add(name + ": " + key + " is missing");
        } else if (!english.containsKey(key)) {
          problems.add(name + ": " + key + " is not in cli.properties");
        } else if (!placeholders(text).equals(placeholders(english.getProperty(key)))) {
          problems.add(name + ": " + key + " does not have the placeholders " + placeholders(english.getProperty(key)));
        }
      }
    }
    return problems;
  }
}
