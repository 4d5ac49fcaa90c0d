package org.partnershipsdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.partnershipsdk.core.check.CheckReport;
import org.partnershipsdk.core.check.Checker;
import org.partnershipsdk.core.check.Problem;
import org.partnershipsdk.core.portfolio.Portfolio;
import org.partnershipsdk.core.rules.Finding;
import org.partnershipsdk.core.rules.Profiles;
import org.partnershipsdk.core.rules.RuleReport;
import org.partnershipsdk.core.rules.RulesEngine;
import org.partnershipsdk.core.rules.Severity;
import org.partnershipsdk.core.rules.Subject;
import org.partnershipsdk.core.validation.ModelValidator;
import org.partnershipsdk.core.validation.ValidationReport;
import org.partnershipsdk.core.validation.Violation;

/**
 * {@link Checker} gives in one report what validating and running the rules give apart: every
 * violation, every finding that does not repeat one, ordered, counted, each with its pointer.
 */
class CheckerTest {
  private static final Checker CHECKER = Checker.of(Profiles.caac(), RealCases.clock());

  @TestFactory
  Stream<DynamicContainer> oneReportHoldsTheViolationsAndTheFindingsThatDoNotRepeatThem() {
    return Stream.of(
        Seeded.property("drafts with any defect", 120, Generators.withAnyDefect(), (Broken<?> b) -> agrees(b.value())),
        Seeded.property("portfolios", 40, Generators.portfolios(), CheckerTest::agrees));
  }

  @Test
  void theRealCasesGiveTheirFindingsEachAtItsElement() {
    Portfolio portfolio = RealCases.portfolio();
    CheckReport report = CHECKER.check(portfolio);

    assertThat(report.from(Problem.Source.VALIDATION)).isEmpty();
    assertThat(report.problems()).isNotEmpty().allSatisfy(problem -> {
      String list = problem.pointer().split("/")[1];
      int index = Integer.parseInt(problem.pointer().split("/")[2]);
      Subject<?> subject = Subject.all().stream().filter(s -> s.code().equals(problem.subject().kind()))
          .findFirst().orElseThrow();
      assertThat(list).isEqualTo(subject.code().equals("assessment") ? "assessments"
          : subject.code().equals("mission") ? "missions" : subject.code() + "s");
      assertThat(refer(subject, subject.in(portfolio).get(index))).isEqualTo(problem.subject());
    });
    assertThat(report.profile()).isEqualTo("caac");
    assertThat(report.asOf()).isEqualTo(RealCases.asOf());
    assertThat(report.problems()).filteredOn(p -> p.severity() == Severity.ERROR).extracting(Problem::code)
        .as("the cross mission's parties, which the source does not give").containsExactly(
            "mission.parties.holder-missing", "mission.parties.local-partner-missing",
            "mission.parties.volunteers-structure-missing");
  }

  @Test
  void byProgrammeEachProblemIsJudgedByItsProgrammesProfile() {
    Portfolio portfolio = RealCases.portfolio();
    CheckReport report = Checker.byProgramme(RealCases.clock()).check(portfolio);

    assertThat(report.problems()).extracting(p -> p.finding().map(Finding::profile).orElse("") + " " + p.code()
        + " " + p.pointer()).containsExactly(
        "caac initiative.design.co-construction-expected /initiatives/" + index(portfolio, "caac-comasagua-montauban")
            + "/designMode",
        "caac initiative.holder.supporting-organisation /initiatives/" + index(portfolio, "caac-comasagua-montauban")
            + "/participants/0/roles",
        "caac initiative.sdg.missing /initiatives/" + index(portfolio, "caac-comasagua-montauban") + "/sdgs",
        "caac initiative.results.empty-after-design /initiatives/" + index(portfolio, "caac-guinee-44-kindia")
            + "/resultsFramework",
        "caac initiative.sdg.missing /initiatives/" + index(portfolio, "caac-guinee-44-kindia") + "/sdgs",
        "caac initiative.holder.supporting-organisation /initiatives/" + index(portfolio, "caac-senegal-dried-fish")
            + "/participants/0/roles",
        "caac initiative.results.empty-after-design /initiatives/" + index(portfolio, "caac-senegal-dried-fish")
            + "/resultsFramework",
        "caac initiative.sdg.missing /initiatives/" + index(portfolio, "caac-senegal-dried-fish") + "/sdgs",
        "default initiative.follow-up.overdue /initiatives/" + index(portfolio, "ccfd-laos-jam") + "/followUpContacts",
        "default initiative.results.empty-after-design /initiatives/" + index(portfolio, "ccfd-laos-jam")
            + "/resultsFramework",
        "caac mission.parties.holder-missing /missions/" + mission(portfolio) + "/holder",
        "caac mission.parties.local-partner-missing /missions/" + mission(portfolio) + "/localPartner",
        "caac mission.parties.volunteers-structure-missing /missions/" + mission(portfolio) + "/volunteersStructure",
        "caac mission.return.interview-missing /missions/" + mission(portfolio) + "/missionReturn",
        "caac mission.return.report-missing /missions/" + mission(portfolio) + "/missionReturn",
        "caac assessment.responses.one-side-only /assessments/" + assessment(portfolio, "cfdt-unsas-2023") + "/responses",
        "caac assessment.gap.too-wide /assessments/" + assessment(portfolio, "comasagua-2021")
            + "/criteriaSet/criteria/3");
    assertThat(report.profile()).isEqualTo("default");
    assertThat(report.problems()).containsExactlyElementsOf(Checker.byProgramme(RealCases.clock()).check(portfolio)
        .problems());
  }

  /** @return the index of the Comasagua cross mission in the portfolio's missions */
  private static int mission(Portfolio portfolio) {
    return portfolio.missions().stream().map(m -> m.id().value()).toList().indexOf("caac-comasagua-cross-visit");
  }

  private static int index(Portfolio portfolio, String initiative) {
    return portfolio.initiatives().stream().map(i -> i.id().value()).toList().indexOf(initiative);
  }

  private static int assessment(Portfolio portfolio, String id) {
    return portfolio.assessments().stream().map(a -> a.id().value()).toList().indexOf(id);
  }

  @Test
  void aFindingThatRepeatsAViolationIsGivenOnceAsTheViolation() {
    Broken<?> exceeding = Generators.withDefect(Defect.CO_FINANCING_EXCEEDS_BUDGET).generate(GenContext.of(7));

    CheckReport report = CHECKER.check(exceeding.value());

    assertThat(report.problems()).filteredOn(p -> p.code().equals(Defect.CO_FINANCING_EXCEEDS_BUDGET.code()))
        .singleElement().satisfies(p -> {
          assertThat(p.source()).isEqualTo(Problem.Source.VALIDATION);
          assertThat(p.pointer()).isEqualTo("/coFinancing");
          assertThat(p.message(Locale.FRENCH)).isEqualTo(p.violation().orElseThrow().message(Locale.FRENCH));
        });
    assertThat(RulesEngine.of(Profiles.caac(), RealCases.clock()).evaluate(Checker.asPortfolio(exceeding.value()))
        .of(Defect.CO_FINANCING_EXCEEDS_BUDGET.code())).as("the rule did fire").isNotEmpty();
  }

  @Test
  void violationsPastTheValidatorsLimitAreCountedAsErrors() {
    Broken<?> broken = Generators.withDefect(Defect.PORTFOLIO_UNKNOWN_REFERENCE).generate(GenContext.of(3));
    CheckReport report = CHECKER.withValidator(ModelValidator.create().withViolationLimit(1))
        .check(((Portfolio) broken.value()).withPartnerships(List.of(((Portfolio) broken.value()).partnerships().get(0),
            ((Portfolio) broken.value()).partnerships().get(0))));

    assertThat(report.omittedViolations()).isPositive();
    assertThat(report.count(Severity.ERROR)).isEqualTo(report.from(Problem.Source.VALIDATION).size()
        + report.problems().stream().filter(p -> p.source() == Problem.Source.RULES && p.severity() == Severity.ERROR)
            .count() + report.omittedViolations());
    assertThat(report.hasErrors()).isTrue();
    assertThat(report.omittedMessage(Locale.ENGLISH)).contains(Integer.toString(report.omittedViolations()));
  }

  @Test
  void somethingIsChecked() {
    assertThatThrownBy(() -> CHECKER.check(null)).isInstanceOf(IllegalArgumentException.class);
  }

  private static void agrees(Object value) {
    CheckReport report = CHECKER.check(value);
    ValidationReport validation = ModelValidator.create().validate(value);
    RuleReport rules = RulesEngine.of(Profiles.caac(), RealCases.clock()).evaluate(Checker.asPortfolio(value));

    List<Violation> violations = report.from(Problem.Source.VALIDATION).stream()
        .map(p -> p.violation().orElseThrow()).toList();
    assertThat(violations).containsExactlyInAnyOrderElementsOf(validation.violations());
    Set<List<Object>> repeated = new HashSet<>();
    report.from(Problem.Source.VALIDATION).forEach(p -> repeated.add(List.of(p.code(), p.subject(), p.path())));
    List<Finding> expectedFindings = new ArrayList<>(rules.findings());
    expectedFindings.removeIf(f -> repeated.contains(List.of(f.ruleId(), f.subject(), f.path())));
    assertThat(report.from(Problem.Source.RULES).stream().map(p -> p.finding().orElseThrow()).toList())
        .containsExactlyInAnyOrderElementsOf(expectedFindings);
    for (Severity severity : Severity.values()) {
      assertThat(report.count(severity)).isEqualTo(report.problems().stream().filter(p -> p.severity() == severity)
          .count() + (severity == Severity.ERROR ? validation.omitted() : 0));
    }
    assertThat(report.problems().stream().filter(p -> p.source() == Problem.Source.VALIDATION))
        .allSatisfy(p -> assertThat(p.pointer()).isEqualTo(pointer(p.violation().orElseThrow().segments())));
  }

  private static String pointer(List<String> segments) {
    return segments.stream().map(s -> "/" + s).reduce("", String::concat);
  }

  private static <S> Object refer(Subject<S> subject, Object element) {
    return subject.refer(subject.type().cast(element));
  }
}
