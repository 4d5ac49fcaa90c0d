package org.partnershipsdk.benchmarks.validation;

import jakarta.validation.Configuration;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
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
import org.partnershipsdk.core.initiative.Initiative;
import org.partnershipsdk.core.initiative.Participant;
import org.partnershipsdk.core.initiative.ParticipantRole;
import org.partnershipsdk.core.model.InitiativeId;
import org.partnershipsdk.core.model.OrganisationId;
import org.partnershipsdk.core.portfolio.Portfolio;
import org.partnershipsdk.core.validation.BeanValidation;
import org.partnershipsdk.core.validation.ModelValidator;
import org.partnershipsdk.core.validation.ValidationReport;

/**
 * {@code ModelValidator} on a hostile portfolio: one initiative whose participants all name
 * organisations the portfolio does not hold, so that every participant is a violation the portfolio's
 * reference check reports. Its time must grow linearly with the number of violations; it grew with
 * their square (20,000 took minutes) before the engine's messages told them apart.
 *
 * <p>{@code validateFrameworkEngine} does the same with a Jakarta Validation engine of one's own
 * configured by {@code BeanValidation}, as a framework's {@code @Valid} would: its messages are the
 * texts users read, so one check of one object stops at 1,000 violations instead.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 3, time = 2)
public class UnknownReferencesBenchmark {
  /** Participants naming an unknown organisation: each a violation. */
  @Param({"1000", "10000", "100000"})
  public int unknownReferences;

  private ModelValidator validator;
  private Validator frameworkEngine;
  private Portfolio portfolio;

  /** Builds the portfolio once per trial. */
  @Setup(Level.Trial)
  public void setUp() {
    validator = ModelValidator.create();
    Configuration<?> configuration = Validation.byDefaultProvider().configure();
    BeanValidation.configure(configuration);
    frameworkEngine = configuration.buildValidatorFactory().getValidator();
    Initiative.Builder initiative = Initiative.builder().id(InitiativeId.of("hostile")).title("Hostile");
    for (int i = 0; i < unknownReferences; i++) {
      initiative.addParticipants(Participant.of(OrganisationId.of("unknown-" + i), ParticipantRole.ASSOCIATE));
    }
    portfolio = Portfolio.builder().addInitiatives(initiative.build()).build();
  }

  /** @return the validator's report: the first violations and the count of the others */
  @Benchmark
  public ValidationReport validateSdk() {
    return validator.validate(portfolio);
  }

  /** @return the SDK's report of what a framework's engine found: the first violations, then where it stopped */
  @Benchmark
  public ValidationReport validateFrameworkEngine() {
    return BeanValidation.report(frameworkEngine.validate(portfolio));
  }
}
