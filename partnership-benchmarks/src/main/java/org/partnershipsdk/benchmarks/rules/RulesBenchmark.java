package org.partnershipsdk.benchmarks.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.partnershipsdk.benchmarks.Portfolios;
import org.partnershipsdk.core.portfolio.Portfolio;
import org.partnershipsdk.core.rules.Profiles;
import org.partnershipsdk.core.rules.RuleReport;
import org.partnershipsdk.core.rules.RulesEngine;

/**
 * The rules engine running the {@code default} and {@code caac} profiles over portfolios of 1,000
 * to 1,000,000 initiatives, against the same checks as one hand-written loop
 * ({@link HandWrittenRules}). Time per evaluation of the whole portfolio; the portfolio is
 * generated once per trial from fixed seeds ({@link Portfolios}) and reused.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
@Warmup(iterations = 1, time = 2)
@Measurement(iterations = 3, time = 2)
public class RulesBenchmark {
  /** Initiatives in the portfolio. */
  @Param({"1000", "10000", "100000", "1000000"})
  public int initiatives;

  /** The profile: {@code default} or {@code caac}. */
  @Param({"default", "caac"})
  public String profile;

  private Portfolio portfolio;
  private RulesEngine engine;
  private HandWrittenRules.Profile handWritten;
  private LocalDate today;

  /** Generates the portfolio and picks the profile, once per trial. */
  @Setup(Level.Trial)
  public void setUp() {
    portfolio = Portfolios.withInitiatives(initiatives);
    engine = RulesEngine.of(Profiles.byName(profile).orElseThrow(), Portfolios.CLOCK);
    handWritten = profile.equals("caac") ? HandWrittenRules.CAAC : HandWrittenRules.STANDARD;
    today = LocalDate.now(Portfolios.CLOCK);
  }

  /** @return the engine's report on the portfolio */
  @Benchmark
  public RuleReport engine() {
    return engine.evaluate(portfolio);
  }

  /** @return the hand-written loop's hits on the portfolio */
  @Benchmark
  public List<HandWrittenRules.Hit> handWritten() {
    return HandWrittenRules.check(portfolio, handWritten, today);
  }
}
