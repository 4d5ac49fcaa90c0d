package org.partnershipsdk.examples.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.partnershipsdk.core.check.CheckReport;
import org.partnershipsdk.core.check.Checker;
import org.partnershipsdk.core.rules.Profiles;
import org.partnershipsdk.json.DocumentType;
import org.partnershipsdk.json.PartnershipJson;
import org.partnershipsdk.testkit.RealCases;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The example service end to end, over HTTP, with the real server on a random local port. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExampleServiceHttpTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @LocalServerPort
  private int port;
  @Autowired
  private JsonMapper mapper;

  @Test
  void anInvalidInitiativeIsAProblemWithTheSdksCodesInEnglish() throws Exception {
    HttpResponse<String> response = post("/initiatives", invalidInitiative(), "en");

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonNode problem = mapper.readTree(response.body());
    assertThat(problem.get("type").asString()).isEqualTo("urn:partnership-sdk:problem:validation.failed");
    assertThat(problem.get("title").asString()).isEqualTo("The document is not valid");
    assertThat(problem.get("status").asInt()).isEqualTo(422);
    assertThat(problem.get("detail").asString()).isEqualTo("3 problems were found.");
    assertThat(problem.get("instance").asString()).isEqualTo("/initiatives");
    assertThat(problem.get("code").asString()).isEqualTo("validation.failed");
    assertThat(problem.get("omitted").asInt()).isZero();
    assertThat(problem.get("problems")).hasSize(3);
    JsonNode duplicate = problem.get("problems").get(0);
    assertThat(duplicate.get("type").asString()).isEqualTo("urn:partnership-sdk:problem:initiative.participant.duplicate");
    assertThat(duplicate.get("code").asString()).isEqualTo("initiative.participant.duplicate");
    assertThat(duplicate.get("pointer").asString()).isEqualTo("/participants/1/organisation");
    assertThat(duplicate.get("severity").asString()).isEqualTo("error");
    assertThat(duplicate.get("message").asString()).contains("spf-82");
    JsonNode twoHolders = problem.get("problems").get(1);
    assertThat(twoHolders.get("code").asString()).isEqualTo("initiative.holder.multiple");
    assertThat(twoHolders.get("pointer").asString()).isEqualTo("/participants/1/roles");
    JsonNode blank = problem.get("problems").get(2);
    assertThat(blank.get("type").asString()).isEqualTo("urn:partnership-sdk:problem:value.blank");
    assertThat(blank.get("code").asString()).isEqualTo("value.blank");
    assertThat(blank.get("pointer").asString()).isEqualTo("/title");
    assertThat(blank.get("severity").asString()).isEqualTo("error");
    assertThat(blank.get("message").asString()).isEqualTo("Must not be blank");
  }

  @Test
  void andInFrenchWhenTheRequestAsksForFrench() throws Exception {
    HttpResponse<String> response = post("/initiatives", invalidInitiative(), "fr-FR,fr;q=0.9,en;q=0.5");

    assertThat(response.statusCode()).isEqualTo(422);
    JsonNode problem = mapper.readTree(response.body());
    assertThat(problem.get("type").asString()).isEqualTo("urn:partnership-sdk:problem:validation.failed");
    assertThat(problem.get("title").asString()).isEqualTo("Le document n'est pas valide");
    assertThat(problem.get("status").asInt()).isEqualTo(422);
    assertThat(problem.get("detail").asString()).isEqualTo("3 problèmes ont été trouvés.");
    assertThat(problem.get("code").asString()).isEqualTo("validation.failed");
    assertThat(problem.get("problems").get(0).get("code").asString()).isEqualTo("initiative.participant.duplicate");
    assertThat(problem.get("problems").get(0).get("message").asString()).contains("spf-82").doesNotContain("twice");
    assertThat(problem.get("problems").get(2).get("pointer").asString()).isEqualTo("/title");
    assertThat(problem.get("problems").get(2).get("message").asString()).isEqualTo("Ne doit pas être vide");
  }

  /** It adds an initiative to the service's portfolio: the context is rebuilt after it, so that others see the real cases alone. */
  @Test
  @DirtiesContext
  void aValidInitiativeIsAddedAndReadBackEqual() throws Exception {
    ObjectNode initiative = data(DocumentType.INITIATIVE, RealCases.comasaguaMontauban());
    initiative.put("id", "caac-comasagua-montauban-2");

    HttpResponse<String> created = post("/initiatives", initiative.toString(), "en");
    HttpResponse<String> read = get("/initiatives/caac-comasagua-montauban-2", "en");

    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(created.headers().firstValue("Location")).hasValue("/initiatives/caac-comasagua-montauban-2");
    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(mapper.readTree(read.body())).isEqualTo(initiative);
  }

  @Test
  void theRealCasesAreCheckedWithTheCaacProfileAsOfTheirDay() throws Exception {
    HttpResponse<String> response = get("/portfolio/check", "fr");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode report = mapper.readTree(response.body());
    CheckReport expected = Checker.of(Profiles.caac(), RealCases.clock()).check(RealCases.portfolio());
    assertThat(report.get("profile").asString()).isEqualTo("caac");
    assertThat(report.get("asOf").asString()).isEqualTo(RealCases.asOf().toString());
    assertThat(report.get("problems")).hasSize(expected.problems().size());
    assertThat(report.get("problems").get(0).get("message").asString())
        .isEqualTo(expected.problems().get(0).message(Locale.FRENCH));
    assertThat(report.get("problems").get(0).get("pointer").asString()).isEqualTo(expected.problems().get(0).pointer());
    assertThat(report.get("counts").get("error").asLong()).isZero();
  }

  @Test
  void aDocumentThatCannotBeReadIsAProblemWithItsLineAndColumn() throws Exception {
    HttpResponse<String> response = post("/documents/portfolio", "{\"type\": \"portfolio\",\n  \"schemaVersion\": ", "en");

    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode problem = mapper.readTree(response.body());
    assertThat(problem.get("title").asString()).isEqualTo("The document cannot be read");
    assertThat(problem.get("code").asString()).startsWith("json.");
    assertThat(problem.get("problems").get(0).get("line").asInt()).isEqualTo(2);
  }

  @Test
  void theJsonSchemasAreServed() throws Exception {
    HttpResponse<String> response = get("/schemas/initiative", "en");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(mapper.readTree(response.body()).get("$schema").asString())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(get("/schemas/nothing", "en").statusCode()).isEqualTo(404);
  }

  /** The Comasagua initiative with a blank title and its holder listed twice (so two holders too). */
  private String invalidInitiative() {
    ObjectNode initiative = data(DocumentType.INITIATIVE, RealCases.comasaguaMontauban());
    initiative.put("title", " ");
    JsonNode first = initiative.get("participants").get(0);
    initiative.withArray("participants").insert(1, first.deepCopy());
    return initiative.toString();
  }

  private <T> ObjectNode data(DocumentType<T> type, T value) {
    return (ObjectNode) mapper.readTree(PartnershipJson.create().write(type, value)).get("data");
  }

  private HttpResponse<String> post(String path, String body, String language) throws IOException, InterruptedException {
    return HTTP.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
        .header("Accept-Language", language).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(String path, String language) throws IOException, InterruptedException {
    return HTTP.send(HttpRequest.newBuilder(uri(path)).header("Accept-Language", language).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

}
