package org.partnershipsdk.benchmarks.validation;

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
import org.partnershipsdk.core.initiative.Initiative;
import org.partnershipsdk.core.portfolio.Portfolio;
import org.partnershipsdk.core.validation.ModelValidator;
import org.partnershipsdk.core.validation.ValidationReport;
import org.partnershipsdk.testkit.RealCases;

/**
 * {@code ModelValidator} on one initiative (the Comasagua ↔ Montauban case of {@link RealCases},
 * with its results framework, stage history and evaluations) and on a portfolio of 10,000 generated
 * initiatives with their organisations, programmes and partnerships, against the same constraints
 * written as plain Java ({@link PlainChecks}). Both values are valid, as most values a system
 * validates are. The {@code …Hibernate} methods validate with Hibernate Validator alone
 * ({@code -Dpartnership.validation.engine=hibernate}), the engine the default's compiled plans
 * replace; the performance document compares only the default with the baseline.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 3, time = 2)
public class ValidationBenchmark {
  private static final String ENGINE = "partnership.validation.engine";

  /** Initiatives in the portfolio: 10,000 (the smoke test sets fewer). */
  @Param("10000")
  public int portfolioInitiatives;

  private ModelValidator validator;
  private ModelValidator hibernate;
  private Initiative initiative;
  private Portfolio portfolio;

  /** Creates the validator and the values, once per trial. */
  @Setup(Level.Trial)
  public void setUp() {
    validator = ModelValidator.create();
    String engine = System.getProperty(ENGINE);
    System.setProperty(ENGINE, "hibernate");
    try {
      hibernate = ModelValidator.create();
    } finally {
      if (engine == null) {
        System.clearProperty(ENGINE);
      } else {
        System.setProperty(ENGINE, engine);
      }
    }
    initiative = RealCases.comasaguaMontauban();
    portfolio = Portfolios.withoutMissionsOrAssessments(portfolioInitiatives);
  }

  /** @return the validator's report on one initiative */
  @Benchmark
  public ValidationReport initiativeSdk() {
    return validator.validate(initiative);
  }

  /** @return Hibernate Validator's report on one initiative */
  @Benchmark
  public ValidationReport initiativeHibernate() {
    return hibernate.validate(initiative);
  }

  /** @return the plain checks' problems on one initiative */
  @Benchmark
  public List<PlainChecks.Problem> initiativeBaseline() {
    return PlainChecks.of(initiative);
  }

  /** @return the validator's report on the portfolio */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public ValidationReport portfolioSdk() {
    return validator.validate(portfolio);
  }

  /** @return Hibernate Validator's report on the portfolio */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public ValidationReport portfolioHibernate() {
    return hibernate.validate(portfolio);
  }

  /** @return the plain checks' problems on the portfolio */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public List<PlainChecks.Problem> portfolioBaseline() {
    return PlainChecks.of(portfolio);
  }
}
