package org.partnershipsdk.rules.cel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.partnershipsdk.core.initiative.Initiative;
import org.partnershipsdk.core.mission.VolunteerMission;
import org.partnershipsdk.core.model.InitiativeId;
import org.partnershipsdk.core.model.MissionId;
import org.partnershipsdk.core.portfolio.Portfolio;
import org.partnershipsdk.core.rules.Finding;
import org.partnershipsdk.core.rules.Profile;
import org.partnershipsdk.core.rules.RuleReport;
import org.partnershipsdk.core.rules.RulesEngine;
import org.partnershipsdk.core.rules.Severity;
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
    assertThat(codes(when)).as(when).isNotEmpty();
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
