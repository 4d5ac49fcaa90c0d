package org.partnershipsdk.benchmarks.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.partnershipsdk.benchmarks.Portfolios;
import org.partnershipsdk.core.portfolio.Portfolio;
import org.partnershipsdk.core.rules.Profile;
import org.partnershipsdk.core.rules.Profiles;
import org.partnershipsdk.core.rules.RulesEngine;
import org.partnershipsdk.testkit.GenContext;
import org.partnershipsdk.testkit.Generators;
import org.partnershipsdk.testkit.RealCases;
import org.partnershipsdk.testkit.Seeds;

/** The baseline is honest only if it reports what the engine reports: the same rule, subject and path. */
class HandWrittenRulesTest {

  static Stream<Arguments> profiles() {
    return Stream.of(Arguments.of(Profiles.standard(), HandWrittenRules.STANDARD),
        Arguments.of(Profiles.caac(), HandWrittenRules.CAAC));
  }

  @ParameterizedTest
  @MethodSource("profiles")
  void reportsWhatTheEngineReportsOnTheBenchmarkPortfolio(Profile profile, HandWrittenRules.Profile handWritten) {
    Portfolio portfolio = Portfolios.withInitiatives(2_000);
    List<String> engine = engine(profile, portfolio, Portfolios.CLOCK);

    assertThat(engine).hasSizeGreaterThan(2_000);
    assertThat(handWritten(portfolio, handWritten, Portfolios.CLOCK)).containsExactlyInAnyOrderElementsOf(engine);
  }

  @ParameterizedTest
  @MethodSource("profiles")
  void reportsWhatTheEngineReportsOnTheRealCases(Profile profile, HandWrittenRules.Profile handWritten) {
    List<String> engine = engine(profile, RealCases.portfolio(), RealCases.clock());

    assertThat(engine).isNotEmpty();
    assertThat(handWritten(RealCases.portfolio(), handWritten, RealCases.clock()))
        .containsExactlyInAnyOrderElementsOf(engine);
  }

  @ParameterizedTest
  @MethodSource("profiles")
  void reportsWhatTheEngineReportsOnGeneratedPortfolios(Profile profile, HandWrittenRules.Profile handWritten) {
    for (long seed : Seeds.list(100)) {
      Portfolio portfolio = Generators.portfolios().generate(GenContext.of(seed, 8));
      assertThat(handWritten(portfolio, handWritten, Portfolios.CLOCK))
          .as("seed %d", seed)
          .containsExactlyInAnyOrderElementsOf(engine(profile, portfolio, Portfolios.CLOCK));
    }
  }

  private static List<String> engine(Profile profile, Portfolio portfolio, Clock clock) {
    return RulesEngine.of(profile, clock).evaluate(portfolio).findings().stream()
        .map(f -> f.ruleId() + " " + f.subject().id() + " " + f.path()).toList();
  }

  private static List<String> handWritten(Portfolio portfolio, HandWrittenRules.Profile profile, Clock clock) {
    return HandWrittenRules.check(portfolio, profile, LocalDate.now(clock)).stream()
        .map(h -> h.rule() + " " + h.subject() + " " + h.path()).toList();
  }
}
