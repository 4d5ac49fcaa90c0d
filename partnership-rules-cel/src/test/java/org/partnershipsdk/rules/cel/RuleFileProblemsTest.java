package org.partnershipsdk.rules.cel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file that does not check is refused whole, with every problem where it is, in English, French
 * and Spanish (more in Spanish in {@link RuleFileTextsTest}).
 */
class RuleFileProblemsTest {
  static final String HEAD = "format: partnership-rules/1\nrules:\n";

  static String rule(String id, String when) {
    return """
          - id: %s
            subject: initiative
            title: {en: Budget missing, fr: Budget manquant}
            explanation: {en: Funders read the budget., fr: Les financeurs lisent le budget.}
            message: {en: "{title} has no budget", fr: "{title} n'a pas de budget"}
            when: %s
            path: budget
            arguments:
              title: initiative.title
        """.formatted(id, when);
  }

  private static List<RuleFileProblem> problems(String source, String text) {
    try {
      RuleFiles.read(source, text);
    } catch (RuleFileException e) {
      assertThat(e.code()).isEqualTo(RuleFileException.CODE);
      return e.problems();
    }
    throw new AssertionError("the file was accepted");
  }

  @Test
  void anUnknownNameInAnExpressionIsShownAtItsLineAndColumnWithTheRuleInBothLanguages() {
    List<RuleFileProblem> found = problems("acme.rules.yaml", HEAD + rule("acme.initiative.budget-missing",
        "\"!has(initiatve.budget)\""));
    assertThat(found).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("rules.file.expression-type");
      assertThat(p.line()).isEqualTo(8);
      assertThat(p.column()).as("initiatve, after the quote and !has(").isEqualTo(17);
      assertThat(p.ruleId()).contains("acme.initiative.budget-missing");
      assertThat(p.pointer()).isEqualTo("/rules/0/when");
      assertThat(p.describe(Locale.ENGLISH)).isEqualTo("acme.rules.yaml:8:17: rule acme.initiative.budget-missing: "
          + "unknown name 'initiatve': no variable or function of rule files has it");
      assertThat(p.message(Locale.FRENCH))
          .isEqualTo("nom inconnu « initiatve » : aucune variable ni fonction des fichiers de règles ne le porte");
      assertThat(p.message(Locale.forLanguageTag("es")))
          .isEqualTo("nombre desconocido «initiatve»: ninguna variable ni función de los archivos de reglas se llama así");
    });
  }

  @Test
  void everyProblemOfTheFileComesAtOnce() {
    String text = HEAD + rule("acme.initiative.one", "initiative.budgt.amount > 0")
        + rule("acme.initiative.two", "initiative.title") + rule("acme.initiative.three", "initiative.title ==")
        + rule("acme.initiative.one", "true");
    assertThat(problems("acme.yaml", text))
        .extracting(RuleFileProblem::code, p -> p.ruleId().orElse(""), RuleFileProblem::line)
        .containsExactly(
            tuple("rules.file.expression-type", "acme.initiative.one", 8),
            tuple("rules.file.expression-result", "acme.initiative.two", 17),
            tuple("rules.file.expression-syntax", "acme.initiative.three", 26),
            tuple("rules.file.rule-duplicate", "acme.initiative.one", 30));
  }

  @Test
  void aConditionThatIsNotABoolSaysWhatItGives() {
    RuleFileProblem problem = problems("a.yaml", HEAD + rule("acme.initiative.x", "initiative.title")).get(0);
    assertThat(problem.message(Locale.ENGLISH))
        .isEqualTo("when gives string, not a bool: it is the condition under which the rule reports");
    assertThat(problem.message(Locale.FRENCH))
        .isEqualTo("when donne string, pas un booléen : c'est la condition à laquelle la règle signale");
  }

  @Test
  void aBlockExpressionIsLocatedOnItsOwnLines() {
    String text = HEAD + rule("acme.initiative.x", "|\n      initiative.title != \"\"\n        && initiative.sumary == \"\"");
    RuleFileProblem problem = problems("a.yaml", text).get(0);
    assertThat(problem.line()).isEqualTo(10);
    assertThat(problem.column()).isEqualTo(22);
  }

  @Test
  void aPlaceholderNoArgumentGivesIsRefused() {
    String text = HEAD + rule("acme.initiative.x", "true").replace("{title} has no budget", "{name} has no budget");
    assertThat(problems("a.yaml", text)).extracting(RuleFileProblem::code, p -> p.message(Locale.ENGLISH))
        .containsExactly(tuple("rules.file.placeholder-unknown",
            "The message names {name}, but no argument gives it: add it under arguments"));
  }

  @Test
  void theFormatAndTheNamesOfTheFileAreChecked() {
    assertThat(problems("a.yaml", "format: partnership-rules/9\nrules: []\n"))
        .extracting(RuleFileProblem::code).containsExactly("rules.file.format");
    assertThat(problems("a.yaml", "rules: []\n")).extracting(RuleFileProblem::code)
        .containsExactly("rules.file.property-missing");
    String typo = HEAD + rule("acme.initiative.x", "true").replace("    path: budget", "    paht: budget");
    assertThat(problems("a.yaml", typo)).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("rules.file.property-unknown");
      assertThat(p.line()).isEqualTo(9);
      assertThat(p.message(Locale.ENGLISH)).startsWith("Unknown name \"paht\"");
    });
    assertThat(problems("a.yaml", HEAD + rule("Acme.X", "true"))).extracting(RuleFileProblem::code)
        .containsExactly("rules.file.value-invalid");
    assertThat(problems("a.yaml", HEAD + rule("acme.initiative.x", "true").replace("subject: initiative",
        "subject: budget"))).extracting(p -> p.message(Locale.ENGLISH))
        .containsExactly("Unknown subject \"budget\": use organisation, programme, partnership, initiative, mission,"
            + " assessment, agreement, transaction");
  }

  @Test
  void malformedYamlAndJsonAreRefusedWithTheirPlace() {
    RuleFileProblem yaml = problems("a.yaml", "format: partnership-rules/1\nrules: [\n").get(0);
    assertThat(yaml.code()).isEqualTo("rules.file.syntax");
    assertThat(yaml.message(Locale.FRENCH)).startsWith("Le fichier n'est pas du YAML bien formé");
    RuleFileProblem json = problems("a.json", "{\"format\": \"partnership-rules/1\",\n \"rules\": [}").get(0);
    assertThat(json.code()).isEqualTo("rules.file.syntax");
    assertThat(json.line()).isEqualTo(2);
  }

  @Test
  void aProfileThatNamesWhatItsBaseDoesNotHaveIsRefused() {
    String text = """
        format: partnership-rules/1
        profile:
          name: acme
          base: caac
          disable: [initiative.sdg.mising]
          set:
            initiative.follow-up.overdue: {months: 2.5, weeks: 3}
        """;
    assertThat(problems("p.yaml", text)).extracting(RuleFileProblem::code, RuleFileProblem::line)
        .containsExactly(tuple("rules.file.rule-unknown", 5), tuple("rules.file.parameter-invalid", 7),
            tuple("rules.file.parameter-invalid", 7));
    assertThat(problems("p.yaml", text.replace("base: caac", "base: cac")))
        .extracting(RuleFileProblem::code).contains("rules.file.profile-unknown");
  }

  @Test
  void aFileThatCannotBeReadIsRefusedWithoutAStackTrace(@TempDir Path dir) throws Exception {
    Path missing = dir.resolve("missing.yaml");
    assertThatThrownBy(() -> RuleFiles.load(missing)).isInstanceOf(RuleFileException.class)
        .satisfies(e -> assertThat(((RuleFileException) e).problems()).extracting(RuleFileProblem::code)
            .containsExactly("rules.file.unreadable"));
    Path latin1 = dir.resolve("latin1.yaml");
    Files.write(latin1, "format: caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
    assertThat(RuleFiles.validate(latin1)).extracting(p -> p.message(Locale.FRENCH))
        .containsExactly("Le fichier ne peut être lu : ce n'est pas du texte UTF-8");
    Path fine = dir.resolve("fine.yaml");
    Files.writeString(fine, HEAD + rule("acme.initiative.x", "true"));
    assertThat(RuleFiles.validate(fine)).isEmpty();
    assertThat(RuleFiles.load(fine).ruleSet().name()).isEqualTo("fine");
    assertThat(RuleFiles.load(fine).profileName()).isEqualTo(Optional.empty());
  }
}
