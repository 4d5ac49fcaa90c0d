package org.partnershipsdk.rules.cel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnershipsdk.core.initiative.Initiative;
import org.partnershipsdk.core.mission.VolunteerMission;
import org.partnershipsdk.core.model.InitiativeId;
import org.partnershipsdk.core.model.MissionId;
import org.partnershipsdk.core.model.Money;
import org.partnershipsdk.core.portfolio.Portfolio;
import org.partnershipsdk.core.rules.Finding;
import org.partnershipsdk.core.rules.Profile;
import org.partnershipsdk.core.rules.RuleReport;
import org.partnershipsdk.core.rules.RulesEngine;
import org.partnershipsdk.core.rules.Severity;
import org.partnershipsdk.rules.cel.internal.RuleFileLimits;
import org.partnershipsdk.testkit.RealCases;

/**
 * A rule file from an untrusted source cannot read files, call Java methods, loop forever or
 * exhaust memory: what could is refused when the file is loaded, and what the checker cannot see
 * (iterations over the data) is capped when it runs, the rule failing on that element alone.
 */
class RuleFileSafetyTest {

  private static String file(String when) {
    return """
        format: partnership-rules/1
        rules:
          - id: untrusted.initiative.probe
            subject: initiative
            title: {en: Probe, fr: Sonde}
            explanation: {en: An untrusted rule., fr: Une règle non fiable.}
            message: {en: found, fr: trouvé}
            when: '%s'
        """.formatted(when.replace("'", "''"));
  }

  private static List<String> codes(String when) {
    try {
      RuleFiles.read("untrusted.yaml", file(when));
      return List.of();
    } catch (RuleFileException e) {
      return e.problems().stream().map(RuleFileProblem::code).toList();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "java.nio.file.Files.readString(java.nio.file.Path.of('/etc/passwd')) != ''",
      "readFile('/etc/passwd') != ''",
      "initiative.getClass().getName() == 'x'",
      "initiative.toString() == 'x'",
      "'x'.getClass().forName('java.lang.Runtime') != null",
      "java.lang.Runtime.getRuntime().exec('rm -rf /') == null",
      "System.exit(0) == null",
      "env('HOME') != ''",
      "Initiative{id: 'x'}.title == ''"})
  void nothingOutsideTheDeclaredVariablesAndFunctionsCanBeNamed(String when) {
    assertThat(codes(when)).as(when).isNotEmpty().allMatch(code -> code.startsWith("rules.file.expression-"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "initiative.title + initiative.title != ''",
      "initiative.participants + initiative.participants != []",
      "b'a' + b'b' != b''",
      "initiative.participants.all(a, initiative.participants.all(b, initiative.participants.all(c, true)))"})
  void whatCouldBuildLargeValuesOrNestLoopsDeeplyIsRefused(String when) {
    assertThat(codes(when)).as(when).isNotEmpty()
        .allMatch(code -> code.equals("rules.file.expression-type") || code.equals("rules.file.expression-limit"));
  }

  @Test
  void aFileLargerThanTheLimitIsRefusedBeforeItIsParsed(@TempDir Path dir) throws IOException {
    String padding = "# " + "x".repeat(RuleFileLimits.MAX_FILE_CHARACTERS) + "\n";
    String text = file("true") + padding;
    assertThat(text.length()).isGreaterThan(RuleFileLimits.MAX_FILE_CHARACTERS);
    RuleFileException refused = assertThrows(RuleFileException.class, () -> RuleFiles.read("large.yaml", text));
    assertThat(refused.problems()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("rules.file.unreadable");
      assertThat(p.message(Locale.ENGLISH)).isEqualTo("The file cannot be read: it is larger than 1000000 characters");
      assertThat(p.message(Locale.FRENCH)).isEqualTo("Le fichier ne peut être lu : il dépasse 1000000 caractères");
    });
    Path large = dir.resolve("large.yaml");
    Files.writeString(large, text);
    assertThat(RuleFiles.validate(large)).extracting(p -> p.message(Locale.ENGLISH))
        .containsExactly("The file cannot be read: it is larger than 1000000 characters");
    Files.writeString(large, file("true") + "# " + "x".repeat(RuleFileLimits.MAX_FILE_CHARACTERS * 4) + "\n");
    assertThat(RuleFiles.validate(large)).as("refused by its size on disk, unread")
        .extracting(RuleFileProblem::code).containsExactly("rules.file.unreadable");
    Files.writeString(large, file("true") + "# " + "x".repeat(RuleFileLimits.MAX_FILE_CHARACTERS - 1000) + "\n");
    assertThat(RuleFiles.validate(large)).as("just within the limit").isEmpty();
  }

  @Test
  void aFileWithMoreRulesThanTheLimitIsRefused() {
    String rule = file("true").substring(file("true").indexOf("  - id:"));
    StringBuilder text = new StringBuilder("format: partnership-rules/1\nrules:\n");
    for (int i = 0; i <= RuleFileLimits.MAX_RULES; i++) {
      text.append(rule.replace("untrusted.initiative.probe", "untrusted.initiative.probe-" + i));
    }
    RuleFileException refused = assertThrows(RuleFileException.class,
        () -> RuleFiles.read("many.yaml", text.toString()));
    assertThat(refused.problems()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("rules.file.value-invalid");
      assertThat(p.line()).isEqualTo(3);
      assertThat(p.message(Locale.ENGLISH)).isEqualTo("More than 1000 rules in one file");
      assertThat(p.message(Locale.FRENCH)).isEqualTo("Plus de 1000 règles dans un fichier");
    });
    String atTheLimit = text.substring(0, text.lastIndexOf("  - id: untrusted.initiative.probe-"));
    assertThat(RuleFiles.read("many.yaml", atTheLimit).rules()).hasSize(RuleFileLimits.MAX_RULES);
  }

  @Test
  void aFieldReadWhereItIsAbsentFailsTheRuleOnThatElementAsAJavaRulesExceptionDoes() {
    RuleFile file = RuleFiles.read("untrusted.yaml", file("initiative.budget.amount > 0.0"));
    Initiative funded = Initiative.builder().id(InitiativeId.of("funded")).title("Funded")
        .budget(Money.of("1000", "EUR")).build();
    Initiative unfunded = Initiative.builder().id(InitiativeId.of("unfunded")).title("Unfunded").build();
    Portfolio portfolio = Portfolio.builder().addInitiatives(funded, unfunded).build();
    RuleFile other = RuleFiles.read("other.yaml", file("true").replace("untrusted.initiative.probe",
        "untrusted.initiative.other"));
    Profile profile = RuleFiles.compose(Profile.builder("untrusted").build(), List.of(file, other));
    RuleReport report = RulesEngine.of(profile, RealCases.clock()).evaluate(portfolio);
    assertThat(report.of("untrusted.initiative.probe")).extracting(f -> f.subject().id()).containsExactly("funded");
    assertThat(report.of(RulesEngine.RULE_FAILED)).singleElement().satisfies(failure -> {
      assertThat(failure.severity()).isEqualTo(Severity.ERROR);
      assertThat(failure.subject().id()).isEqualTo("unfunded");
      assertThat(failure.arguments().get("rule")).isEqualTo("untrusted.initiative.probe");
      assertThat((String) failure.arguments().get("exception"))
          .startsWith(ExpressionFailedException.class.getName() + ": untrusted.initiative.probe (when): ");
      assertThat(failure.message(Locale.ENGLISH)).startsWith("The rule untrusted.initiative.probe failed on this element");
      assertThat(failure.message(Locale.FRENCH)).startsWith("La règle untrusted.initiative.probe a échoué sur cet élément");
    });
    assertThat(report.of("untrusted.initiative.other")).as("the other rules still run")
        .extracting(f -> f.subject().id()).containsExactlyInAnyOrder("funded", "unfunded");
    assertThat((String) report.of(RulesEngine.RULE_FAILED).get(0).arguments().get("exception"))
        .endsWith("Initiative.budget is absent here: test it with has() before reading it");
  }

  @Test
  void anExpressionLongerOrDeeperThanTheLimitsIsRefused() {
    assertThat(codes("true" + " && true".repeat(300))).containsExactly("rules.file.expression-limit");
    assertThat(codes("(".repeat(100) + "true" + ")".repeat(100))).contains("rules.file.expression-limit");
  }

  @Test
  void iterationsOverTheDataAreCappedAndTheRuleFailsOnThatElementOnly() {
    String when = "missionsOf(initiative).exists(a, missionsOf(initiative).exists(b, a.title == b.title + ''))";
    assertThat(codes(when)).isNotEmpty(); // no string concatenation, even to defeat a check
    RuleFile file = RuleFiles.read("untrusted.yaml",
        file("missionsOf(initiative).exists(a, missionsOf(initiative).exists(b, a.id == b.title))"));
    Initiative crowded = Initiative.builder().id(InitiativeId.of("crowded")).title("Crowded").build();
    Initiative quiet = Initiative.builder().id(InitiativeId.of("quiet")).title("Quiet").build();
    List<VolunteerMission> missions = new ArrayList<>();
    for (int i = 0; i < 200; i++) { // 200 × 200 = 40,000 iterations, beyond the cap of 10,000
      missions.add(VolunteerMission.builder().id(MissionId.of("m-" + i)).title("Mission " + i)
          .initiative(crowded.id()).build());
    }
    Portfolio portfolio = Portfolio.builder().addInitiatives(crowded, quiet).addAllMissions(missions).build();
    RuleReport report = RulesEngine.of(file.applyTo(Profile.builder("untrusted").build()), RealCases.clock())
        .evaluate(portfolio);
    assertThat(report.findings()).singleElement().satisfies(failure -> {
      assertThat(failure.ruleId()).isEqualTo(RulesEngine.RULE_FAILED);
      assertThat(failure.severity()).isEqualTo(Severity.ERROR);
      assertThat(failure.subject().id()).isEqualTo("crowded");
      assertThat(failure.message(Locale.ENGLISH)).contains("untrusted.initiative.probe")
          .contains("Iteration budget exceeded: 10000");
    });
  }

  @Test
  void regularExpressionsRunInLinearTime() {
    RuleFile file = RuleFiles.read("untrusted.yaml", file("initiative.title.matches('^(a+)+$')"));
    Initiative evil = Initiative.builder().id(InitiativeId.of("evil")).title("a".repeat(50_000) + "!").build();
    RuleReport report = RulesEngine.of(file.applyTo(Profile.builder("untrusted").build()), RealCases.clock())
        .evaluate(Portfolio.builder().addInitiatives(evil).build());
    assertThat(report.findings()).isEmpty(); // RE2 answers; a backtracking engine would not, in our lifetime
  }

  @Test
  void aYamlBombIsRefusedBeforeAnythingExpands() {
    String bomb = """
        format: partnership-rules/1
        a: &a ["x", "x", "x", "x", "x", "x", "x", "x", "x"]
        b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
        c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
        rules: [*c, *c, *c, *c, *c, *c, *c, *c, *c]
        """;
    try {
      RuleFiles.read("bomb.yaml", bomb);
      throw new AssertionError("accepted");
    } catch (RuleFileException e) {
      assertThat(e.problems()).singleElement().satisfies(p -> {
        assertThat(p.code()).isEqualTo("rules.file.syntax");
        assertThat(p.line()).isEqualTo(2);
        assertThat(p.message(Locale.ENGLISH)).contains("anchors (&) and aliases (*) are not accepted");
      });
    }
    String deep = "format: partnership-rules/1\nrules: " + "[".repeat(100) + "]".repeat(100) + "\n";
    assertThat(RuleFiles.validate(java.nio.file.Path.of("does-not-matter")).get(0).code())
        .isEqualTo("rules.file.unreadable");
    try {
      RuleFiles.read("deep.yaml", deep);
      throw new AssertionError("accepted");
    } catch (RuleFileException e) {
      assertThat(e.problems()).extracting(RuleFileProblem::code).containsExactly("rules.file.syntax");
    }
  }

  @Test
  void aFindingsDayComesFromTheEnginesClockNeverTheSystemClock() {
    RuleFile file = RuleFiles.read("untrusted.yaml", file("today == date(\"2016-04-01\")"));
    Initiative any = Initiative.builder().id(InitiativeId.of("any")).title("Any").build();
    java.time.Clock clock = java.time.Clock.fixed(LocalDate.of(2016, 4, 1).atStartOfDay(java.time.ZoneOffset.UTC)
        .toInstant(), java.time.ZoneOffset.UTC);
    List<Finding> findings = RulesEngine.of(file.applyTo(Profile.builder("p").build()), clock)
        .evaluate(Portfolio.builder().addInitiatives(any).build()).findings();
    assertThat(findings).extracting(Finding::ruleId).containsExactly("untrusted.initiative.probe");
  }
}
