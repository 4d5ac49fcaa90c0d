package org.partnershipsdk.benchmarks.json;

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
import org.partnershipsdk.json.DocumentType;
import org.partnershipsdk.json.PartnershipJson;
import org.partnershipsdk.testkit.RealCases;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code PartnershipJson} reading and writing an initiative document (the Comasagua ↔ Montauban
 * case of {@link RealCases}) and a portfolio document of 1,000 generated initiatives with their
 * organisations, programmes and partnerships, against plain Jackson 3 databind on hand-written
 * records of the same shape ({@link WireRecords}). Both read the same bytes, written by the SDK.
 * {@code run.sh} adds JMH's GC profiler for the bytes allocated per operation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 3, time = 2)
public class JsonBenchmark {
  /** Initiatives in the portfolio document: 1,000 (the smoke test sets fewer). */
  @Param("1000")
  public int documentInitiatives;

  private PartnershipJson json;
  private JsonMapper mapper;
  private Initiative initiative;
  private byte[] initiativeJson;
  private WireRecords.InitiativeDocument initiativeRecord;
  private Portfolio portfolio;
  private byte[] portfolioJson;
  private WireRecords.PortfolioDocument portfolioRecord;

  /** Writes the documents once with the SDK and reads them once into records, once per trial. */
  @Setup(Level.Trial)
  public void setUp() {
    json = PartnershipJson.create();
    mapper = JsonBaseline.mapper();
    initiative = RealCases.comasaguaMontauban();
    initiativeJson = json.writeBytes(DocumentType.INITIATIVE, initiative);
    initiativeRecord = mapper.readValue(initiativeJson, WireRecords.InitiativeDocument.class);
    portfolio = Portfolios.withoutMissionsOrAssessments(documentInitiatives);
    portfolioJson = json.writeBytes(DocumentType.PORTFOLIO, portfolio);
    portfolioRecord = mapper.readValue(portfolioJson, WireRecords.PortfolioDocument.class);
  }

  /** @return the initiative read by the SDK */
  @Benchmark
  public Initiative readInitiativeSdk() {
    return json.read(DocumentType.INITIATIVE, initiativeJson);
  }

  /** @return the initiative read into records */
  @Benchmark
  public WireRecords.InitiativeDocument readInitiativeBaseline() {
    return mapper.readValue(initiativeJson, WireRecords.InitiativeDocument.class);
  }

  /** @return the initiative written by the SDK */
  @Benchmark
  public byte[] writeInitiativeSdk() {
    return json.writeBytes(DocumentType.INITIATIVE, initiative);
  }

  /** @return the initiative written from records */
  @Benchmark
  public byte[] writeInitiativeBaseline() {
    return mapper.writeValueAsBytes(initiativeRecord);
  }

  /** @return the portfolio read by the SDK */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public Portfolio readPortfolioSdk() {
    return json.read(DocumentType.PORTFOLIO, portfolioJson);
  }

  /** @return the portfolio read into records */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public WireRecords.PortfolioDocument readPortfolioBaseline() {
    return mapper.readValue(portfolioJson, WireRecords.PortfolioDocument.class);
  }

  /** @return the portfolio written by the SDK */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public byte[] writePortfolioSdk() {
    return json.writeBytes(DocumentType.PORTFOLIO, portfolio);
  }

  /** @return the portfolio written from records */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public byte[] writePortfolioBaseline() {
    return mapper.writeValueAsBytes(portfolioRecord);
  }
}
