package org.partnershipsdk.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The lead reads the top of the document after a run: every figure slower than 0.8× its baseline
 * and every growth that is not linear must be listed there, with whether findings explain it.
 */
class PerformanceReportTest {

  @Test
  void aFigureSlowerThanItsBaselineIsListedWithItsFindings() {
    String doc = render(List.of(
        validation("initiativeSdk", 10_000), validation("initiativeBaseline", 1_000),
        validation("portfolioSdk", 1_000), validation("portfolioBaseline", 1_000)),
        "### validation\n\nThe profile shows Hibernate Validator's metadata walk.\n");

    assertThat(doc).contains("- investigate: validation, one initiative (Comasagua ↔ Montauban): the SDK runs at"
        + " 0.10× its baseline's speed — see the findings on validation below")
        .doesNotContain("validation, a portfolio of")
        .contains("## Findings", "Hibernate Validator's metadata walk");
  }

  @Test
  void aGrowthThatIsNotLinearIsListedEvenWhenEveryRatioIsFine() {
    String doc = render(List.of(
        rules("evaluateSdk", 1_000, 1e6), rules("evaluateBaseline", 1_000, 1e6),
        rules("evaluateSdk", 10_000, 1e7), rules("evaluateBaseline", 10_000, 1e7),
        rules("evaluateSdk", 100_000, 1e9), rules("evaluateBaseline", 100_000, 1e9)), "");

    assertThat(doc).contains("- investigate: rules, default profile, SDK: growth is not linear")
        .contains("**no findings written for rules yet**")
        .doesNotContain("its baseline's speed");
  }

  @Test
  void validationThatGrowsFasterThanItsViolationsIsListed() {
    String quadratic = render(List.of(unknownReferences(1_000, 1e7), unknownReferences(10_000, 1e9),
        unknownReferences(100_000, 1e11)), "");
    String linear = render(List.of(unknownReferences(1_000, 1e7), unknownReferences(10_000, 1e8),
        unknownReferences(100_000, 1e9)), "");

    assertThat(quadratic).contains("### A portfolio full of faults", "| 100,000 |")
        .contains("- investigate: validation, unknown references: growth is not linear (k = 2.00");
    assertThat(linear).contains("Exponent k = 1.00.").doesNotContain("- investigate");
  }

  @Test
  void rulesOnEveryCoreSlowerThanTheGoalAreListedFromAHundredThousand() {
    String doc = render(List.of(
        rules("evaluateSdk", 10_000, 1e8), rules("evaluateInParallelSdk", 10_000, 1e8),
        rules("evaluateSdk", 100_000, 1e9), rules("evaluateInParallelSdk", 100_000, 8e8),
        rules("evaluateSdk", 1_000_000, 1e10), rules("evaluateInParallelSdk", 1_000_000, 5.5e9)), "");

    assertThat(doc).contains("### On every core", "| default | 1,000,000 |", "| 1.82× |")
        .contains("- investigate: rules, default profile, 100,000 initiatives on every core: 1.25× the single-threaded"
            + " rate, below 1.7×")
        .doesNotContain("10,000 initiatives on every core", "1,000,000 initiatives on every core")
        .contains("| default | SDK, every core |");
  }

  @Test
  void ruleFilesSlowerThanHalfTheirJavaTwinsAreListed() {
    String doc = render(List.of(
        ruleFiles("fileRules", 10_000, 1.8e8), ruleFiles("javaTwins", 10_000, 1e8),
        ruleFiles("fileRules", 100_000, 2.5e9), ruleFiles("javaTwins", 100_000, 1e9)), "");

    assertThat(doc).contains("### Rules as files", "| 10,000 |", "| 0.56× |", "| 0.40× |")
        .contains("- investigate: rules, rule files, 100,000 initiatives: 0.40× the speed of Java rules, below 0.5×")
        .doesNotContain("rule files, 10,000 initiatives");
  }

  @Test
  void aJackson2MapperIsComparedWithJackson3OperationByOperation() {
    String doc = render(List.of(
        jackson2("readInitiativeJackson2", 2e4), jackson2("readInitiativeJackson3", 1e4),
        jackson2("writePortfolioJackson2", 1e7), jackson2("writePortfolioJackson3", 9e6)), "");

    assertThat(doc).contains("### From a Jackson 2 mapper", "| read initiative |", "| 0.50× |", "| write portfolio |")
        .contains("- investigate: json, Jackson 2, read initiative: 0.50× the speed of Jackson 3, below 0.8×")
        .doesNotContain("Jackson 2, write portfolio:");
  }

  @Test
  void nothingIsListedWhenEveryFigureIsWithinItsLimits() {
    String doc = render(List.of(validation("initiativeSdk", 1_100), validation("initiativeBaseline", 1_000)), "");

    assertThat(doc).contains("Nothing: every figure is within 0.8× of its baseline").doesNotContain("- investigate");
  }

  private static String render(List<Measurement> measurements, String findings) {
    return new PerformanceReport(measurements, new Properties(), Optional.empty(), findings).render(Path.of("results"));
  }

  private static Measurement validation(String method, double nanos) {
    return new Measurement("ValidationBenchmark", method, Map.of("portfolioInitiatives", "10000"), nanos, nanos / 20,
        OptionalDouble.empty(), Double.NaN, "average time", "17");
  }

  private static Measurement unknownReferences(int violations, double nanos) {
    return new Measurement("UnknownReferencesBenchmark", "validateSdk", Map.of("unknownReferences",
        Integer.toString(violations)), nanos, nanos / 20, OptionalDouble.empty(), Double.NaN, "average time", "17");
  }

  private static Measurement ruleFiles(String method, int initiatives, double nanos) {
    return new Measurement("RuleFilesBenchmark", method, Map.of("initiatives", String.valueOf(initiatives)), nanos,
        nanos / 20, OptionalDouble.empty(), Double.NaN, "average time", "17");
  }

  private static Measurement jackson2(String method, double nanos) {
    return new Measurement("Jackson2Benchmark", method, Map.of("documentInitiatives", "1000"), nanos, nanos / 20,
        OptionalDouble.empty(), Double.NaN, "average time", "17");
  }

  private static Measurement rules(String method, int initiatives, double nanos) {
    return new Measurement("RulesBenchmark", method, Map.of("initiatives", String.valueOf(initiatives),
        "profile", "default"), nanos, nanos / 20, OptionalDouble.empty(), Double.NaN, "average time", "17");
  }
}
