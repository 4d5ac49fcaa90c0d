package org.partnershipsdk.examples.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.partnershipsdk.core.check.CheckReport;
import org.partnershipsdk.core.check.Checker;
import org.partnershipsdk.core.check.Problem;
import org.partnershipsdk.core.initiative.Evaluation;
import org.partnershipsdk.core.initiative.EvaluationKind;
import org.partnershipsdk.core.initiative.Initiative;
import org.partnershipsdk.core.initiative.Participant;
import org.partnershipsdk.core.initiative.ParticipantRole;
import org.partnershipsdk.core.model.InitiativeId;
import org.partnershipsdk.core.model.OrganisationId;
import org.partnershipsdk.core.model.Period;
import org.partnershipsdk.core.portfolio.Portfolio;
import org.partnershipsdk.json.DocumentType;
import org.partnershipsdk.json.JsonProblem;
import org.partnershipsdk.json.JsonReadException;
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

    JsonNode problem = assertInvalidInitiative(response, "The document is not valid", "3 problems were found.",
        "Must not be blank");
    assertThat(problem.get("problems").get(0).get("message").asString()).contains("spf-82");
  }

  @Test
  void andInFrenchWhenTheRequestAsksForFrench() throws Exception {
    HttpResponse<String> response = post("/initiatives", invalidInitiative(), "fr-FR,fr;q=0.9,en;q=0.5");

    JsonNode problem = assertInvalidInitiative(response, "Le document n'est pas valide",
        "3 problèmes ont été trouvés.", "Ne doit pas être vide");
    assertThat(problem.get("problems").get(0).get("message").asString()).contains("spf-82").doesNotContain("twice");
  }

  /** Every field of the answer to {@link #invalidInitiative()}, but the texts that depend on the language. */
  private JsonNode assertInvalidInitiative(HttpResponse<String> response, String title, String detail,
      String blankMessage) {
    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonNode problem = mapper.readTree(response.body());
    assertThat(problem.get("type").asString()).isEqualTo("urn:partnership-sdk:problem:validation.failed");
    assertThat(problem.get("title").asString()).isEqualTo(title);
    assertThat(problem.get("status").asInt()).isEqualTo(422);
    assertThat(problem.get("detail").asString()).isEqualTo(detail);
    assertThat(problem.get("instance").asString()).isEqualTo("/initiatives");
    assertThat(problem.get("code").asString()).isEqualTo("validation.failed");
    assertThat(problem.get("omitted").asInt()).isZero();
    assertThat(problem.get("problems")).hasSize(3);
    assertProblem(problem.get("problems").get(0), "initiative.participant.duplicate", "/participants/1/organisation");
    assertProblem(problem.get("problems").get(1), "initiative.holder.multiple", "/participants/1/roles");
    assertProblem(problem.get("problems").get(2), "value.blank", "/title");
    assertThat(problem.get("problems").get(2).get("message").asString()).isEqualTo(blankMessage);
    return problem;
  }

  private static void assertProblem(JsonNode problem, String code, String pointer) {
    assertThat(problem.get("type").asString()).isEqualTo("urn:partnership-sdk:problem:" + code);
    assertThat(problem.get("code").asString()).isEqualTo(code);
    assertThat(problem.get("pointer").asString()).isEqualTo(pointer);
    assertThat(problem.get("severity").asString()).isEqualTo("error");
    assertThat(problem.has("ref")).isFalse();
  }

  @Test
  void andInSpanishWhenTheRequestAsksForSpanish() throws Exception {
    HttpResponse<String> response = post("/initiatives", invalidInitiative(), "es");

    assertThat(response.statusCode()).isEqualTo(422);
    JsonNode problem = mapper.readTree(response.body());
    assertThat(problem.get("title").asString()).isEqualTo("El documento no es válido");
    assertThat(problem.get("detail").asString()).isEqualTo("Se encontraron 3 problemas.");
    assertThat(problem.get("problems").get(2).get("code").asString()).isEqualTo("value.blank");
  }

  @Test
  void aModelValueThatCannotBeReadIsAProblemWithItsCodeAndPointer() throws Exception {
    String body = "{\"id\": \"x\", \"title\": \"t\",\n \"participants\": [{\"organisation\": \"spf-82\", \"roles\": [\"nope\"]}]}";
    for (String language : new String[] {"en", "fr"}) {
      HttpResponse<String> response = post("/initiatives", body, language);

      assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
      assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
      JsonNode problem = mapper.readTree(response.body());
      assertThat(problem.get("type").asString()).isEqualTo("urn:partnership-sdk:problem:json.code.unknown");
      assertThat(problem.get("title").asString())
          .isEqualTo(language.equals("en") ? "The document cannot be read" : "Le document ne peut pas être lu");
      assertThat(problem.get("status").asInt()).isEqualTo(400);
      assertThat(problem.get("code").asString()).isEqualTo("json.code.unknown");
      JsonNode unknown = problem.get("problems").get(0);
      assertThat(unknown.get("pointer").asString()).isEqualTo("/participants/0/roles/0");
      assertThat(unknown.get("message").asString()).isEqualTo(language.equals("en")
          ? "This is not one of the codes of its list" : "Ce n'est pas l'un des codes de sa liste");
      assertThat(unknown.get("line").asInt()).isEqualTo(2);
    }
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

  /** Each real case by its programme's profile: the Laos partnership, in no programme, is asked for no CAAC barometer. */
  @Test
  void theRealCasesAreCheckedEachByItsProgrammesProfileAsOfTheirDay() throws Exception {
    HttpResponse<String> response = get("/portfolio/check", "fr");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode report = mapper.readTree(response.body());
    CheckReport expected = Checker.byProgramme(RealCases.clock()).check(RealCases.portfolio());
    assertThat(report.get("profile").asString()).isEqualTo("default");
    assertThat(report.get("byProgramme").asBoolean()).isTrue();
    assertThat(report.get("asOf").asString()).isEqualTo(RealCases.asOf().toString());
    List<String> items = new java.util.ArrayList<>();
    report.get("problems").forEach(item -> items.add(item.get("profile").asString() + " " + item.get("code").asString()
        + " " + item.get("subject").asString() + " " + item.get("pointer").asString() + " " + item.get("message").asString()));
    assertThat(items).containsExactlyElementsOf(expected.problems().stream().map(p -> p.finding().orElseThrow().profile()
        + " " + p.code() + " " + p.subject() + " " + p.pointer() + " " + p.message(Locale.FRENCH)).toList());
    assertThat(items).hasSize(17).noneMatch(item -> item.contains("ccfd-laos-jam-producers"));
    // The Comasagua cross mission's parties are not in the sources, so CAAC's party rules report them.
    assertThat(report.get("counts").get("error").asLong()).isEqualTo(3);
  }

  @Test
  void aDocumentThatCannotBeReadIsAProblemWithItsLineAndColumn() throws Exception {
    String document = "{\"type\": \"portfolio\",\n  \"schemaVersion\": ";
    JsonReadException expected = catchThrowableOfType(JsonReadException.class,
        () -> PartnershipJson.create().strict().validating().read(DocumentType.PORTFOLIO, document));
    JsonProblem malformed = expected.problems().get(0);
    for (Locale language : new Locale[] {Locale.ENGLISH, Locale.FRENCH}) {
      HttpResponse<String> response = post("/documents/portfolio", document, language.getLanguage());

      assertThat(response.statusCode()).isEqualTo(400);
      JsonNode problem = mapper.readTree(response.body());
      assertThat(problem.get("type").asString()).isEqualTo("urn:partnership-sdk:problem:" + expected.code());
      assertThat(problem.get("title").asString()).isEqualTo(
          language == Locale.ENGLISH ? "The document cannot be read" : "Le document ne peut pas être lu");
      assertThat(problem.get("status").asInt()).isEqualTo(400);
      assertThat(problem.get("detail").asString())
          .isEqualTo(language == Locale.ENGLISH ? "1 problem was found." : "1 problème a été trouvé.");
      assertThat(problem.get("instance").asString()).isEqualTo("/documents/portfolio");
      assertThat(problem.get("code").asString()).isEqualTo("json.malformed").isEqualTo(expected.code());
      JsonNode first = problem.get("problems").get(0);
      assertThat(first.get("type").asString()).isEqualTo("urn:partnership-sdk:problem:json.malformed");
      assertThat(first.get("pointer").asString()).isEqualTo(malformed.pointer());
      assertThat(first.get("severity").asString()).isEqualTo("error");
      assertThat(first.get("message").asString()).isEqualTo(malformed.message(language));
      assertThat(first.get("line").asInt()).isEqualTo(2).isEqualTo(malformed.line());
      assertThat(first.get("column").asInt()).isEqualTo(malformed.column());
    }
  }

  /** The counts and first problem the README's curl session shows are the service's. */
  @Test
  void theReadmesCheckOfTheRealCasesIsTheServicesOwn() throws Exception {
    String readme = Files.readString(Path.of("..", "README.md"));
    Matcher shown = Pattern.compile("\\{\"profile\":\"default\",\"byProgramme\":true,\"asOf\":\"([0-9-]+)\",\"counts\":(\\{[^}]*\\}),"
        + "\"problems\":\\[\\s*\\{\"source\":\"(\\w+)\",\"severity\":\"(\\w+)\",\"code\":\"([^\"]+)\",\\s*"
        + "\"profile\":\"(\\w+)\",\\s*"
        + "\"subject\":\"([^\"]+)\",\"pointer\":\"([^\"]+)\"").matcher(readme);
    assertThat(shown.find()).as("the README's /portfolio/check answer").isTrue();

    JsonNode report = mapper.readTree(get("/portfolio/check", "fr").body());
    JsonNode first = report.get("problems").get(0);
    SoftAssertions.assertSoftly(softly -> {
      softly.assertThat(shown.group(1)).isEqualTo(report.get("asOf").asString());
      softly.assertThat(mapper.readTree(shown.group(2))).isEqualTo(report.get("counts"));
      softly.assertThat(List.of(shown.group(3), shown.group(4), shown.group(5), shown.group(6), shown.group(7),
          shown.group(8))).isEqualTo(List.of(first.get("source").asString(), first.get("severity").asString(),
              first.get("code").asString(), first.get("profile").asString(), first.get("subject").asString(),
              first.get("pointer").asString()));
    });
  }

  @Test
  void eachProblemOfACheckCarriesTheReferenceOfItsElement() throws Exception {
    Initiative referenced = Initiative.builder().id(InitiativeId.of("initiative-1")).title("Jam")
        .addParticipant(Participant.of(OrganisationId.of("spf-82"), ParticipantRole.HOLDER))
        .addEvaluations(Evaluation.builder().ref("final-2018").kind(EvaluationKind.FINAL)
            .period(Period.of(LocalDate.of(2018, 9, 1), LocalDate.of(2018, 6, 1))).build())
        .build();
    Portfolio portfolio = RealCases.portfolio().withInitiatives(List.of(referenced));

    HttpResponse<String> response = post("/portfolio/check", data(DocumentType.PORTFOLIO, portfolio).toString(), "en");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode items = mapper.readTree(response.body()).get("problems");
    CheckReport expected = Checker.byProgramme(RealCases.clock()).check(portfolio);
    assertThat(items).hasSize(expected.problems().size());
    int referencedItems = 0;
    for (int i = 0; i < items.size(); i++) {
      Problem problem = expected.problems().get(i);
      assertThat(Optional.ofNullable(items.get(i).get("ref")).map(JsonNode::asString)).as(items.get(i).toString())
          .isEqualTo(problem.ref());
      if (problem.ref().isPresent()) {
        referencedItems++;
      }
    }
    assertThat(referencedItems).isPositive();
    assertThat(items.toString()).contains("\"pointer\":\"/initiatives/0/evaluations/0/period/end\",\"ref\":\"final-2018\"");
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
