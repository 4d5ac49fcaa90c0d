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
import org.openjdk.jmh.infra.BenchmarkParams;
import org.partnershipsdk.benchmarks.Portfolios;
import org.partnershipsdk.core.portfolio.Portfolio;
import org.partnershipsdk.core.rules.Profiles;
import org.partnershipsdk.core.rules.RuleReport;
import org.partnershipsdk.core.rules.RulesEngine;

/**
 * The rules engine running the {@code default} and {@code caac} profiles over portfolios of 1,000
 * to 1,000,000 initiatives, on one thread and on every core, against the same checks as one
 * hand-written loop ({@link HandWrittenRules}). Time per evaluation of the whole portfolio; the portfolio is
 * generated once per trial from fixed seeds ({@link Portfolios}) and reused.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 2)
public class RulesBenchmark {
  /** Initiatives in the portfolio. */
  @Param({"1000", "10000", "100000", "1000000"})
  public int initiatives;

  /** The profile: {@code default} or {@code caac}. */
  @Param({"default", "caac"})
  public String profile;

  /** Above this many initiatives, the method is warmed up on a smaller portfolio in the set-up. */
  public static final int WARM_UP_ABOVE = 100_000;
  /** How long that warm-up lasts. */
  public static final int WARM_UP_SECONDS = 5;

  /** Keeps the warm-up's results alive. */
  public int sink;

  private Portfolio portfolio;
  private RulesEngine engine;
  private HandWrittenRules.Profile handWritten;
  private LocalDate today;

  /**
   * Generates the portfolio and picks the profile, once per trial. From {@value #WARM_UP_ABOVE}
   * initiatives, where one evaluation takes seconds and {@code run.sh} measures single shots
   * without warm-up iterations, the benchmarked method is first run for {@value #WARM_UP_SECONDS}
   * seconds on a portfolio of 10,000 initiatives, so that the shots measure compiled code.
   *
   * @param params which benchmark method runs
   */
  @Setup(Level.Trial)
  public void setUp(BenchmarkParams params) {
    engine = RulesEngine.of(Profiles.byName(profile).orElseThrow(), Portfolios.CLOCK);
    handWritten = profile.equals("caac") ? HandWrittenRules.CAAC : HandWrittenRules.STANDARD;
    today = LocalDate.now(Portfolios.CLOCK);
    if (initiatives > WARM_UP_ABOVE) {
      portfolio = Portfolios.withInitiatives(10_000);
      String method = params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1);
      long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(WARM_UP_SECONDS);
      while (System.nanoTime() < end) {
        Object result = switch (method) {
          case "evaluateSdk" -> evaluateSdk();
          case "evaluateInParallelSdk" -> evaluateInParallelSdk();
          default -> evaluateBaseline();
        };
        sink += System.identityHashCode(result);
      }
    }
    portfolio = Portfolios.withInitiatives(initiatives);
  }

  /** @return the engine's report on the portfolio */
  @Benchmark
  public RuleReport evaluateSdk() {
    return engine.evaluate(portfolio);
  }

  /** @return the engine's report on the portfolio, on every core */
  @Benchmark
  public RuleReport evaluateInParallelSdk() {
    return engine.evaluateInParallel(portfolio);
  }

  /** @return the hand-written loop's hits on the portfolio */
  @Benchmark
  public List<HandWrittenRules.Hit> evaluateBaseline() {
    return HandWrittenRules.check(portfolio, handWritten, today);
  }
}
