package org.partnershipsdk.benchmarks.rules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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
import org.partnershipsdk.core.rules.BuiltInRules;
import org.partnershipsdk.core.rules.Profile;
import org.partnershipsdk.core.rules.Rule;
import org.partnershipsdk.core.rules.RuleReport;
import org.partnershipsdk.core.rules.RulesEngine;
import org.partnershipsdk.rules.cel.RuleFile;
import org.partnershipsdk.rules.cel.RuleFiles;

/**
 * File rules against their Java twins: the fifteen rules of the shipped example
 * {@code funder-twins.rules.yaml} (CEL expressions, compiled once when the file is loaded) and the
 * built-in rules with the same ids, each set alone in a profile, run by the same engine over the
 * same portfolio of 10,000 or 100,000 initiatives. The goal: file rules at half the Java
 * rules' rate or better (time per evaluation at most twice theirs).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 2)
public class RuleFilesBenchmark {
  /** The shipped example, a class-path resource of partnership-examples. */
  public static final String TWINS = "examples/rules/funder-twins.rules.yaml";

  /** Initiatives in the portfolio. */
  @Param({"10000", "100000"})
  public int initiatives;

  private Portfolio portfolio;
  private RulesEngine fileRules;
  private RulesEngine javaTwins;

  /** Loads the file, picks the twins and generates the portfolio, once per trial. */
  @Setup(Level.Trial)
  public void setUp() {
    RuleFile file = RuleFiles.read(TWINS, resource(TWINS));
    Profile.Builder files = Profile.builder("file-rules");
    Profile.Builder java = Profile.builder("java-twins");
    for (Rule<?> rule : file.rules()) {
      files.add(rule);
      java.add(BuiltInRules.byId(rule.info().id()).orElseThrow());
    }
    fileRules = RulesEngine.of(files.build(), Portfolios.CLOCK);
    javaTwins = RulesEngine.of(java.build(), Portfolios.CLOCK);
    portfolio = Portfolios.withInitiatives(initiatives);
  }

  /** @return the report of the file rules */
  @Benchmark
  public RuleReport fileRules() {
    return fileRules.evaluate(portfolio);
  }

  /** @return the report of their Java twins */
  @Benchmark
  public RuleReport javaTwins() {
    return javaTwins.evaluate(portfolio);
  }

  static String resource(String name) {
    try (InputStream in = RuleFilesBenchmark.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("no resource " + name + " on the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
