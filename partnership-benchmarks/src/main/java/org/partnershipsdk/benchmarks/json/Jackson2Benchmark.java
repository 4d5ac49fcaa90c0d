package org.partnershipsdk.benchmarks.json;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
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
import org.partnershipsdk.json.jackson2.JsonDocument;
import org.partnershipsdk.json.jackson2.PartnershipJackson2Module;
import org.partnershipsdk.testkit.RealCases;

/**
 * The cost of the Jackson 2 module over partnership-json's own path: the same initiative and
 * portfolio documents as {@link JsonBenchmark}, read and written by {@code PartnershipJson} (Jackson
 * 3) and by a Jackson 2 {@code ObjectMapper} with {@link PartnershipJackson2Module}, which hands every
 * value to partnership-json and copies the tokens across (as text when reading, through a token
 * buffer when writing).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 3, time = 2)
public class Jackson2Benchmark {
  /** Initiatives in the portfolio document: 1,000 (the smoke test sets fewer). */
  @Param("1000")
  public int documentInitiatives;

  private PartnershipJson json;
  private ObjectMapper mapper;
  private JsonDocument<Initiative> initiative;
  private byte[] initiativeJson;
  private JsonDocument<Portfolio> portfolio;
  private byte[] portfolioJson;

  /** Writes the documents once with partnership-json, once per trial. */
  @Setup(Level.Trial)
  public void setUp() {
    json = PartnershipJson.create();
    mapper = JsonMapper.builder().addModule(new PartnershipJackson2Module()).build();
    initiative = JsonDocument.of(DocumentType.INITIATIVE, RealCases.comasaguaMontauban());
    initiativeJson = json.writeBytes(DocumentType.INITIATIVE, initiative.data());
    portfolio = JsonDocument.of(DocumentType.PORTFOLIO, Portfolios.withoutMissionsOrAssessments(documentInitiatives));
    portfolioJson = json.writeBytes(DocumentType.PORTFOLIO, portfolio.data());
  }

  /** @return the initiative read by partnership-json */
  @Benchmark
  public Initiative readInitiativeJackson3() {
    return json.read(DocumentType.INITIATIVE, initiativeJson);
  }

  /** @return the initiative read by Jackson 2 with the module
   * @throws IOException never: the document is valid */
  @Benchmark
  public JsonDocument<Initiative> readInitiativeJackson2() throws IOException {
    return mapper.readValue(initiativeJson, new TypeReference<JsonDocument<Initiative>>() {});
  }

  /** @return the initiative written by partnership-json */
  @Benchmark
  public byte[] writeInitiativeJackson3() {
    return json.writeBytes(DocumentType.INITIATIVE, initiative.data());
  }

  /** @return the initiative written by Jackson 2 with the module
   * @throws IOException never */
  @Benchmark
  public byte[] writeInitiativeJackson2() throws IOException {
    return mapper.writeValueAsBytes(initiative);
  }

  /** @return the portfolio read by partnership-json */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public Portfolio readPortfolioJackson3() {
    return json.read(DocumentType.PORTFOLIO, portfolioJson);
  }

  /** @return the portfolio read by Jackson 2 with the module
   * @throws IOException never: the document is valid */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public JsonDocument<Portfolio> readPortfolioJackson2() throws IOException {
    return mapper.readValue(portfolioJson, new TypeReference<JsonDocument<Portfolio>>() {});
  }

  /** @return the portfolio written by partnership-json */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public byte[] writePortfolioJackson3() {
    return json.writeBytes(DocumentType.PORTFOLIO, portfolio.data());
  }

  /** @return the portfolio written by Jackson 2 with the module
   * @throws IOException never */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public byte[] writePortfolioJackson2() throws IOException {
    return mapper.writeValueAsBytes(portfolio);
  }
}
