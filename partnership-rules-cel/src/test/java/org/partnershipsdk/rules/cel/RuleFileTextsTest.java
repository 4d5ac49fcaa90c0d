package org.partnershipsdk.rules.cel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.partnershipsdk.rules.cel.RuleFileProblemsTest.HEAD;
import static org.partnershipsdk.rules.cel.RuleFileProblemsTest.rule;
import static org.partnershipsdk.testkit.TextBundles.placeholders;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnershipsdk.core.initiative.Initiative;
import org.partnershipsdk.core.model.InitiativeId;
import org.partnershipsdk.core.model.Label;
import org.partnershipsdk.core.portfolio.Portfolio;
import org.partnershipsdk.core.rules.Finding;
import org.partnershipsdk.core.rules.Profile;
import org.partnershipsdk.core.rules.RuleInfo;
import org.partnershipsdk.core.rules.RuleReport;
import org.partnershipsdk.core.rules.RulesEngine;
import org.partnershipsdk.core.text.Catalogues;
import org.partnershipsdk.core.text.Texts;
import org.partnershipsdk.rules.cel.internal.RuleFileLimits;
import org.partnershipsdk.rules.cel.internal.RuleFileTexts;
import org.partnershipsdk.testkit.RealCases;
import org.partnershipsdk.testkit.TextBundles;

/**
 * Every text of rule files — their problems, CEL's messages as they say them, the exceptions'
 * messages — is shipped in English, French and Spanish, read in the reader's language through the
 * SDK's texts, and changed by a bundle of the user's.
 */
class RuleFileTextsTest {
  private static final Path TEXTS = Path.of("src/main/resources/org/partnershipsdk/rules/cel/texts");
  private static final String ROOT = "rules-file.properties";
  private static final Locale SPANISH = Locale.forLanguageTag("es");
  /** Texts that are not a problem's message, shown by the tests below them. */
  private static final Set<String> NOT_PROBLEMS = Set.of("rules.file.problem", "rules.file.problem.rule",
      "rules.file.invalid", "rules.file.invalid.one", "rules.expression.failed");

  @Test
  void everyTextHasAFrenchAndASpanishText() throws IOException {
    Properties english = load(ROOT);
    for (String language : new String[] {"fr", "es"}) {
      String file = "rules-file_" + language + ".properties";
      Properties translated = load(file);
      Set<String> missing = new TreeSet<>();
      for (String key : english.stringPropertyNames()) {
        if (translated.getProperty(key, "").isBlank()) {
          missing.add(key);
        }
      }
      assertThat(missing).as("keys of %s without a text in %s", ROOT, file).isEmpty();
      Set<String> stale = new TreeSet<>(translated.stringPropertyNames());
      stale.removeAll(english.stringPropertyNames());
      assertThat(stale).as("keys of %s that %s does not have", file, ROOT).isEmpty();
    }
  }

  @Test
  void everyTextHasThePlaceholdersOfItsEnglish() throws IOException {
    Properties english = load(ROOT);
    List<String> different = new ArrayList<>();
    for (String language : new String[] {"fr", "es"}) {
      String file = "rules-file_" + language + ".properties";
      Properties translated = load(file);
      for (String key : new TreeSet<>(english.stringPropertyNames())) {
        Set<String> expected = placeholders(english.getProperty(key));
        Set<String> found = placeholders(translated.getProperty(key, ""));
        if (translated.containsKey(key) && !expected.equals(found)) {
          different.add(file + ": " + key + " has " + found + ", not " + expected);
        }
      }
    }
    assertThat(different).as("texts whose placeholders are not those of %s", ROOT).isEmpty();
  }

  /** A bad rule file, as a Spanish reader is told of it. */
  @Test
  void theProblemsOfABadRuleFileAreToldInSpanish() {
    String text = """
        format: partnership-rules/1
        rules:
          - id: acme.initiative.budget-missing
            subject: initiative
            severity: fatal
            title: {en: Budget missing, fr: Budget manquant}
            explanation: {en: Funders read the budget., fr: Les financeurs lisent le budget.}
            message: {en: "{title} has no budget", fr: "{title} n'a pas de budget"}
            when: "!has(initiatve.budget)"
            arguments:
              title: initiative.title
        """;
    RuleFileException refused = catchThrowableOfType(() -> RuleFiles.read("acme.rules.yaml", text),
        RuleFileException.class);

    assertThat(refused.problems()).extracting(p -> p.message(Locale.forLanguageTag("es-SV"))).containsExactly(
        "Gravedad desconocida «fatal»: use error, warning o info",
        "nombre desconocido «initiatve»: ninguna variable ni función de los archivos de reglas se llama así");
    assertThat(refused.problems().get(1).describe(SPANISH)).isEqualTo("acme.rules.yaml:9:17:"
        + " regla acme.initiative.budget-missing: nombre desconocido «initiatve»: ninguna variable ni función de los"
        + " archivos de reglas se llama así");
    assertThat(refused.getMessage(SPANISH)).isEqualTo("El archivo de reglas acme.rules.yaml se rechaza (2 problemas):"
        + " acme.rules.yaml:5:15: regla acme.initiative.budget-missing: Gravedad desconocida «fatal»: use error,"
        + " warning o info");
    assertThat(refused.getMessage(Locale.ENGLISH)).isEqualTo(refused.getMessage()).isEqualTo("The rule file"
        + " acme.rules.yaml is refused (2 problems): acme.rules.yaml:5:15: rule acme.initiative.budget-missing:"
        + " Unknown severity \"fatal\": use error, warning or info");
    assertThat(refused.getMessage(Locale.FRENCH)).isEqualTo("Le fichier de règles acme.rules.yaml est refusé"
        + " (2 problèmes): acme.rules.yaml:5:15: règle acme.initiative.budget-missing : Gravité inconnue « fatal » :"
        + " error, warning ou info");
    assertThat(refused.problems().get(0).message()).as("the English and French of earlier versions")
        .isEqualTo(new Label("Unknown severity \"fatal\": use error, warning or info",
            "Gravité inconnue « fatal » : error, warning ou info"));
  }

  @Test
  void aValueOfTheWrongKindNamesThePartOfTheFileInSpanish() {
    RuleFileProblem problem = problems("a.yaml", "- format\n").get(0);
    assertThat(problem.message(SPANISH)).isEqualTo("Aquí se espera una tabla de nombres y valores (el archivo)");
    assertThat(problem.message(Locale.FRENCH)).isEqualTo("Attendu ici : une table de noms et de valeurs (le fichier)");
    assertThat(problem.message(Locale.ENGLISH)).isEqualTo("Expected a mapping of names to values (the file) here");
    assertThat(problems("a.yaml", "format: partnership-rules/1\nrules: []\n---\nformat: x\n"))
        .extracting(p -> p.message(SPANISH))
        .containsExactly("El archivo no es YAML bien formado: contiene más de un documento");
  }

  @Test
  void aFileThatCannotBeReadIsToldInSpanish(@TempDir Path dir) throws IOException {
    Path latin1 = dir.resolve("latin1.yaml");
    Files.write(latin1, "format: caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
    RuleFileException refused = catchThrowableOfType(() -> RuleFiles.load(latin1), RuleFileException.class);
    assertThat(refused.getMessage(SPANISH)).isEqualTo("El archivo de reglas " + latin1 + " se rechaza (1 problema): "
        + latin1 + ":1:1: No se puede leer el archivo: no es texto UTF-8");
  }

  /**
   * Each problem a rule file can have, by a bad file that has it: every text of the module is
   * shown by one, and none reads to a Spanish reader as it does to an English one.
   */
  @Test
  void everyProblemIsToldInSpanishAndEveryTextIsShownByABadFile(@TempDir Path dir) throws IOException {
    Map<String, Supplier<List<RuleFileProblem>>> files = badFiles(dir);
    Set<String> shown = new TreeSet<>();
    List<String> untranslated = new ArrayList<>();
    files.forEach((name, file) -> {
      List<RuleFileProblem> found = file.get();
      assertThat(found).as(name).isNotEmpty();
      for (RuleFileProblem problem : found) {
        keys(problem.localized(), shown);
        String spanish = problem.message(SPANISH);
        if (spanish.equals(problem.message(Locale.ENGLISH)) || spanish.contains("rules.file.")
            || spanish.contains("rules.cel.")) {
          untranslated.add(name + ": " + problem.code() + ": " + spanish);
        }
      }
    });
    assertThat(untranslated).as("problems a Spanish reader reads in English or as a key").isEmpty();
    Set<String> unshown = new TreeSet<>(load(ROOT).stringPropertyNames());
    unshown.removeAll(NOT_PROBLEMS);
    unshown.removeIf(key -> key.startsWith("rules.cel.")); // each said by CelTextsTest from CEL's own words
    unshown.removeAll(shown);
    assertThat(unshown).as("texts of %s that no bad file of this test shows", ROOT).isEmpty();
  }

  @Test
  void anExpressionThatFailsIsToldThroughTheTexts() {
    ExpressionFailedException failed = new ExpressionFailedException("acme.initiative.x", "when",
        new ArithmeticException("division by zero"));
    assertThat(failed.getMessage(SPANISH)).isEqualTo("acme.initiative.x (when): division by zero");
    assertThat(failed.getMessage(Locale.FRENCH)).isEqualTo("acme.initiative.x (when) : division by zero");
    assertThat(failed.getMessage()).isEqualTo("acme.initiative.x (when): division by zero");
    assertThat(failed.getCause()).isInstanceOf(ArithmeticException.class);
    assertThat(failed.code()).isEqualTo("rules.expression.failed");
  }

  @Test
  void aBundleOfTheUsersChangesATextOrAddsALanguage() {
    String text = HEAD + rule("acme.initiative.x", "true").replace("subject: initiative",
        "subject: initiative\n    severity: fatal");
    Texts.addBundle("acme-rules.texts", RuleFileTextsTest.class.getClassLoader());
    try {
      RuleFileProblem problem = problems("a.yaml", text).get(0);
      assertThat(problem.message(SPANISH)).isEqualTo("Gravedad «fatal» desconocida: escriba error, warning o info");
      assertThat(problem.describe(Locale.forLanguageTag("pt-BR")))
          .isEqualTo("a.yaml:5:15: regra acme.initiative.x: Gravidade desconhecida «fatal»: use error, warning ou info");
      assertThat(problem.message(Locale.FRENCH)).isEqualTo("Gravité inconnue « fatal » : error, warning ou info");
      assertThat(new ExpressionFailedException("acme.initiative.x", "when", new ArithmeticException("division by zero"))
          .getMessage(SPANISH)).isEqualTo("La expresión when de la regla acme.initiative.x falló: division by zero");
    } finally {
      assertThat(Texts.removeBundle("acme-rules.texts")).isTrue();
    }
  }

  /**
   * A rule file's own texts are in English and French, the format's two languages: a Spanish reader
   * reads the English unless a bundle of the user's gives them under the rule's keys; a file rule
   * with a built-in rule's id is shown with the built-in rule's texts.
   */
  @Test
  void aFileRulesOwnTextsReadEnglishInSpanishUnlessABundleGivesThem() {
    String text = HEAD + rule("acme.initiative.budget-missing", "\"!has(initiative.budget)\"")
        + rule("initiative.sdg.missing", "initiative.sdgs.size() == 0").replace("path: budget", "path: sdgs");
    RuleFile file = RuleFiles.read("acme.rules.yaml", text);
    Initiative unfunded = Initiative.builder().id(InitiativeId.of("agua")).title("Agua para todos").build();
    RuleReport report = RulesEngine.of(file.applyTo(Profile.builder("acme").build()), RealCases.clock())
        .evaluate(Portfolio.builder().addInitiatives(unfunded).build());
    Finding finding = report.of("acme.initiative.budget-missing").get(0);
    RuleInfo<?> info = file.rules().get(0).info();

    assertThat(finding.message(SPANISH)).isEqualTo("Agua para todos has no budget");
    assertThat(info.title(SPANISH)).isEqualTo("Budget missing");
    assertThat(finding.message(Locale.FRENCH)).isEqualTo("Agua para todos n'a pas de budget");
    assertThat(report.of("initiative.sdg.missing").get(0).message(SPANISH)).as("the built-in rule's Spanish")
        .isEqualTo("«Agua para todos» no nombra ningún Objetivo de Desarrollo Sostenible");
    assertThat(report.of("initiative.sdg.missing").get(0).message(Locale.ENGLISH)).as("the built-in rule's English")
        .isEqualTo("“Agua para todos” names no Sustainable Development Goal");
    Texts.addBundle("acme-rules.texts", RuleFileTextsTest.class.getClassLoader());
    try {
      assertThat(finding.message(SPANISH)).isEqualTo("Agua para todos no tiene presupuesto");
      assertThat(info.title(SPANISH)).isEqualTo("Falta el presupuesto");
      assertThat(info.explanation(SPANISH)).as("no Spanish given: English").isEqualTo("Funders read the budget.");
      assertThat(finding.message(Locale.ENGLISH)).isEqualTo("Agua para todos has no budget");
    } finally {
      assertThat(Texts.removeBundle("acme-rules.texts")).isTrue();
    }
  }

  @Test
  void aProblemMadeWithEnglishAndFrenchAloneReadsEnglishInOtherLanguages() {
    RuleFileProblem problem = new RuleFileProblem("acme.check", "a.yaml", 2, 3, "/rules", Optional.empty(),
        new Label("Too long", "Trop long"));
    assertThat(problem.message(SPANISH)).isEqualTo("Too long");
    assertThat(problem.message(Locale.FRENCH)).isEqualTo("Trop long");
    assertThat(problem.describe(SPANISH)).isEqualTo("a.yaml:2:3: Too long");
    assertThat(problem).isEqualTo(RuleFileProblem.of("acme.check", "a.yaml", 2, 3, "/rules", Optional.empty(),
        locale -> "fr".equals(locale.getLanguage()) ? "Trop long" : "Too long"));
  }

  /** The module's messages ship as catalogues too: partnership-sdk/catalogues/rules-file-messages_LANG.json. */
  @Test
  void theShippedCataloguesAreTheMessagesOfEachLanguage() throws IOException {
    Path folder = Path.of("src/main/resources/partnership-sdk/catalogues");
    Files.createDirectories(folder);
    for (Locale language : Texts.LANGUAGES) {
      String rendered = Catalogues.json(Catalogues.messages(RuleFileTexts.RULE_FILES, language));
      Path file = folder.resolve("rules-file-messages_" + language.getLanguage() + ".json");
      if (Boolean.getBoolean("partnership.updateDocs") || !Files.exists(file)) {
        Files.writeString(file, rendered, StandardCharsets.UTF_8);
      }
      assertThat(Files.readString(file, StandardCharsets.UTF_8))
          .as("%s is out of date: regenerate it with -Dpartnership.updateDocs=true", file).isEqualTo(rendered);
    }
  }


  private static String parameter(String type, String value) {
    return HEAD + rule("acme.initiative.x", "true").replace("    path: budget\n", "    path: budget\n"
        + "    parameters:\n"
        + "      limit:\n"
        + "        type: " + type + "\n"
        + "        default: " + value + "\n"
        + "        description: {en: A limit, fr: Une limite}\n");
  }

  private static String profile(String body) {
    return "format: partnership-rules/1\nprofile:\n  name: acme\n  base: caac\n" + body;
  }

  /** Bad files, by what is wrong with them; each gives its problems. */
  private static Map<String, Supplier<List<RuleFileProblem>>> badFiles(Path dir) throws IOException {
    Map<String, String> texts = new LinkedHashMap<>();
    texts.put("another format", "format: partnership-rules/9\nrules: []\n");
    texts.put("no format", "rules: []\n");
    texts.put("neither rules nor profile", "format: partnership-rules/1\n");
    texts.put("a misspelt name", HEAD + rule("acme.initiative.x", "true").replace("path:", "paht:"));
    texts.put("an argument named index", HEAD + rule("acme.initiative.x", "true")
        .replace("title: initiative.title", "title: initiative.title\n      index: \"1\""));
    texts.put("a parameter named with a dash", parameter("int", "1").replace("limit:", "the-limit:"));
    texts.put("a parameter of no known type", parameter("text", "1"));
    texts.put("a decimal for an int", parameter("int", "2.5"));
    texts.put("text for a decimal", parameter("decimal", "many"));
    texts.put("a parameter that is not a mapping", parameter("int", "1").replace("      limit:\n", "      limit: 3\n"
        + "      other:\n"));
    texts.put("an unknown subject", HEAD + rule("acme.initiative.x", "true").replace("subject: initiative",
        "subject: budget"));
    texts.put("an unknown severity", HEAD + rule("acme.initiative.x", "true").replace("subject: initiative",
        "subject: initiative\n    severity: fatal"));
    texts.put("a file that is a list", "- format\n");
    texts.put("a rule that is a number", HEAD + "  - 3\n");
    texts.put("a title that is not a text in two languages", HEAD + rule("acme.initiative.x", "true")
        .replace("title: {en: Budget missing, fr: Budget manquant}", "title: Budget missing"));
    texts.put("rules that are not a list", "format: partnership-rules/1\nrules: 3\n");
    texts.put("an id that is a list", HEAD + rule("[a, b]", "true"));
    texts.put("a condition that is a list", HEAD + rule("acme.initiative.x", "[a, b]"));
    texts.put("two rules with one id", HEAD + rule("acme.initiative.x", "true") + rule("acme.initiative.x", "true"));
    texts.put("for-each over text", HEAD + rule("acme.initiative.x", "true").replace("    path: budget",
        "    for-each: initiative.title\n    path: budget"));
    texts.put("a condition that gives text", HEAD + rule("acme.initiative.x", "initiative.title"));
    texts.put("a placeholder no argument gives", HEAD + rule("acme.initiative.x", "true")
        .replace("{title} has no budget", "{name} has no budget"));
    texts.put("an unknown base profile", profile("").replace("base: caac", "base: cac"));
    texts.put("a profile that disables a rule of no one", profile("  disable: [initiative.sdg.mising]\n"));
    texts.put("a profile that disables a list", profile("  disable: [[initiative.sdg.missing]]\n"));
    texts.put("a profile that sets a parameter a rule does not have",
        profile("  set:\n    initiative.follow-up.overdue: {weeks: 3}\n"));
    texts.put("a profile that sets a parameter to text", profile("  set:\n    initiative.follow-up.overdue: {months: many}\n"));
    texts.put("a profile that sets a rule's parameters to a number", profile("  set:\n    initiative.follow-up.overdue: 3\n"));
    texts.put("an empty file", "");
    texts.put("two documents", "format: partnership-rules/1\nrules: []\n---\nformat: x\n");
    texts.put("a name twice", "format: partnership-rules/1\nformat: partnership-rules/1\n");
    texts.put("an alias", "format: &f partnership-rules/1\nname: *f\nrules: []\n");
    texts.put("malformed YAML", "format: partnership-rules/1\nrules: [\n");
    texts.put("an unknown name in an expression", HEAD + rule("acme.initiative.x", "\"!has(initiatve.budget)\""));
    texts.put("an unknown field", HEAD + rule("acme.initiative.x", "\"!has(initiative.budgt)\""));
    texts.put("an operator that does not apply", HEAD + rule("acme.initiative.x", "initiative.title > 3"));
    texts.put("a value of the model built", HEAD + rule("acme.initiative.x", "\"Initiative{id: 'x'}.title == ''\""));
    texts.put("lists joined", HEAD + rule("acme.initiative.x",
        "\"initiative.participants + initiative.participants != []\""));
    texts.put("a syntax error", HEAD + rule("acme.initiative.x", "\"initiative.title ==\""));
    texts.put("an expression too long", HEAD + rule("acme.initiative.x", "\"true" + " && true".repeat(300) + "\""));
    texts.put("comprehensions too deep", HEAD + rule("acme.initiative.x", "\"initiative.participants.all(a,"
        + " initiative.participants.all(b, initiative.participants.all(c, true)))\""));
    texts.put("an expression too deep", HEAD + rule("acme.initiative.x", "\"" + "(".repeat(100) + "true"
        + ")".repeat(100) + "\""));
    texts.put("a CEL message of its own", HEAD + rule("acme.initiative.x", "\"initiative.title.size(1) == 1\""));
    texts.put("more rules than the limit", HEAD + rule("acme.initiative.x", "true").repeat(RuleFileLimits.MAX_RULES + 1));
    texts.put("a file larger than the limit", HEAD + rule("acme.initiative.x", "true") + "# "
        + "x".repeat(RuleFileLimits.MAX_FILE_CHARACTERS) + "\n");
    texts.put("an id the engine refuses", HEAD + rule("Acme.X", "true"));
    Map<String, Supplier<List<RuleFileProblem>>> files = new LinkedHashMap<>();
    texts.forEach((name, text) -> files.put(name, () -> problems("bad.yaml", text)));
    Path latin1 = dir.resolve("latin1.yaml");
    Files.write(latin1, "format: caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
    files.put("a file that is not UTF-8", () -> RuleFiles.validate(latin1));
    files.put("a file that is not there", () -> RuleFiles.validate(dir.resolve("missing.yaml")));
    files.put("a folder", () -> RuleFiles.validate(dir));
    return files;
  }

  private static List<RuleFileProblem> problems(String source, String text) {
    try {
      RuleFile file = RuleFiles.read(source, text);
      file.profile();
    } catch (RuleFileException e) {
      return e.problems();
    }
    return List.of();
  }

  /** The keys of a message said from the module's texts, and of the texts it names. */
  private static void keys(Object text, Set<String> keys) {
    if (text instanceof RuleFileTexts.Phrase phrase) {
      keys.add(phrase.key());
      phrase.arguments().values().forEach(value -> keys(value, keys));
    }
  }

  private static Properties load(String file) {
    return TextBundles.read(TEXTS.resolve(file));
  }
}
