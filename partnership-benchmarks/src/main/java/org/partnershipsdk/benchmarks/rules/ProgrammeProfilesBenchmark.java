package org.partnershipsdk.benchmarks.rules;

import java.util.ArrayList;
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
import org.partnershipsdk.core.programme.ProfileSettings;
import org.partnershipsdk.core.programme.Programme;
import org.partnershipsdk.core.rules.Profiles;
import org.partnershipsdk.core.rules.RuleReport;
import org.partnershipsdk.core.rules.RulesEngine;

/**
 * What judging each element by its programme's profile costs: the same portfolio, its programmes
 * naming {@code caac} and {@code default} in turn, evaluated with {@code caac} forced on every
 * element and by programme; {@code benchmarks/run.sh} reports it under the rules.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ProgrammeProfilesBenchmark {
  /** Initiatives in the portfolio. */
  @Param({"10000"})
  public int initiatives;

  private Portfolio portfolio;
  private RulesEngine forced;
  private RulesEngine byProgramme;

  /** Generates the portfolio and binds its programmes to profiles, once per trial. */
  @Setup(Level.Trial)
  public void setUp() {
    Portfolio base = Portfolios.withInitiatives(initiatives);
    List<Programme> programmes = new ArrayList<>();
    for (int i = 0; i < base.programmes().size(); i++) {
      programmes.add(base.programmes().get(i).withProfile(ProfileSettings.of(i % 2 == 0 ? "caac" : "default")));
    }
    portfolio = base.withProgrammes(programmes);
    forced = RulesEngine.of(Profiles.caac(), Portfolios.CLOCK);
    byProgramme = RulesEngine.byProgramme(Portfolios.CLOCK);
  }

  /** @return the report with one profile forced on every element */
  @Benchmark
  public RuleReport forced() {
    return forced.evaluate(portfolio);
  }

  /** @return the report with each element judged by its programme's profile */
  @Benchmark
  public RuleReport byProgramme() {
    return byProgramme.evaluate(portfolio);
  }
}
