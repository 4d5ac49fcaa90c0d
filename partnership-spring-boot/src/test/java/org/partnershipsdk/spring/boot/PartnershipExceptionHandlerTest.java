package org.partnershipsdk.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
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
import org.partnershipsdk.core.rules.Finding;
import org.partnershipsdk.core.rules.Profiles;
import org.partnershipsdk.core.rules.RuleReport;
import org.partnershipsdk.core.rules.RulesEngine;
import org.partnershipsdk.core.validation.ModelValidator;
import org.partnershipsdk.core.validation.ValidationReport;
import org.partnershipsdk.core.validation.Violation;
import org.partnershipsdk.json.DocumentType;
import org.partnershipsdk.json.PartnershipJson;
import org.partnershipsdk.json.PartnershipJsonModule;
import org.partnershipsdk.testkit.RealCases;
import org.springframework.boot.validation.MessageInterpolatorFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The problem-details advice over Spring MVC (MockMvc): every field of the answers to each report a
 * controller throws, to a failed {@code @Valid} and to a body that cannot be read, in English, French
 * and Spanish; and its place among the application's own handlers.
 */
class PartnershipExceptionHandlerTest {
  private static final String PREFIX = PartnershipProblemDetails.DEFAULT_TYPE_PREFIX;
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-30T00:00:00Z"), ZoneOffset.UTC);
  private static final OrganisationId PARTNER = OrganisationId.of("partner");
  private static final OrganisationId NGO = OrganisationId.of("ngo");
  private static final Locale SPANISH = Locale.forLanguageTag("es");
  private static final JsonMapper MAPPER = JsonMapper.builder().addModule(new PartnershipJsonModule()).build();
  private static final Set<String> TOP_LEVEL = Set.of("type", "title", "status", "detail", "instance", "code",
      "omitted", "problems");

  /** A blank title, and an evaluation with a reference whose period ends before it starts. */
  static Initiative invalid() {
    return Initiative.builder().id(InitiativeId.of("initiative-1")).title(" ")
        .addParticipant(Participant.of(PARTNER, ParticipantRole.HOLDER))
        .addParticipant(Participant.of(NGO, ParticipantRole.SUPPORTING_ORGANISATION))
        .addEvaluations(Evaluation.builder().ref("final-2018").kind(EvaluationKind.FINAL)
            .period(Period.of(LocalDate.of(2018, 9, 1), LocalDate.of(2018, 6, 1))).build())
        .build();
  }

  /** Terms of reference drafted without the partner, on an evaluation with a reference and one without. */
  static Initiative withFindings(String id) {
    return Initiative.builder().id(InitiativeId.of(id)).title("Jam")
        .addParticipant(Participant.of(PARTNER, ParticipantRole.HOLDER))
        .addParticipant(Participant.of(NGO, ParticipantRole.SUPPORTING_ORGANISATION))
        .addEvaluations(Evaluation.builder().ref("mid-term").kind(EvaluationKind.FINAL)
                .addTermsOfReferenceDraftedBy(NGO).addConsultantChosenBy(PARTNER, NGO).build(),
            Evaluation.builder().kind(EvaluationKind.FINAL).build())
        .build();
  }

  static ValidationReport validationReport() {
    return ModelValidator.create().validate(invalid());
  }

  static RuleReport ruleReport() {
    return RulesEngine.of(Profiles.standard(), CLOCK).evaluate(Portfolio.builder().addInitiatives(withFindings("initiative-1")).build());
  }

  /** Both initiatives; a validator listing one violation, so that the other is counted as omitted. */
  static CheckReport checkReport() {
    return Checker.of(ModelValidator.create().withViolationLimit(1), RulesEngine.of(Profiles.standard(), CLOCK))
        .check(Portfolio.builder().addInitiatives(invalid(), withFindings("initiative-2"))
            .build());
  }

  /** A class of the application's own. */
  record Own(@NotBlank String name) {}

  /** A class of the application's own that holds a model value. */
  record Create(@Valid Initiative initiative, String note) {}

  @RestController
  static class Endpoints {
    @PostMapping("/validation")
    void validation() {
      throw new ProblemReportException(validationReport());
    }

    @GetMapping("/rules")
    void rules() {
      throw new ProblemReportException(ruleReport());
    }

    @GetMapping("/check")
    void check() {
      throw new ProblemReportException(checkReport());
    }

    @PostMapping("/initiatives")
    Initiative add(@Valid @RequestBody Initiative initiative) {
      return initiative;
    }

    @PostMapping("/wrapped")
    String wrapped(@Valid @RequestBody Create create) {
      return create.note();
    }

    @PostMapping("/own")
    String own(@Valid @RequestBody Own own) {
      return own.name();
    }
  }

  /** An advice of the application's, with no order: it answers before the SDK's. */
  @RestControllerAdvice
  static class OwnAdvice {
    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<String> invalid(MethodArgumentNotValidException failure) {
      return ResponseEntity.status(HttpStatus.I_AM_A_TEAPOT).body("ours");
    }
  }

  private static MockMvc mvc(Object... advices) {
    LocalValidatorFactoryBean validator = new LocalValidatorFactoryBean();
    validator.setConfigurationInitializer(configuration ->
        new PartnershipValidationCustomizer(new MessageInterpolatorFactory().getObject()).customize(configuration));
    validator.afterPropertiesSet();
    return MockMvcBuilders.standaloneSetup(new Endpoints()).setValidator(validator)
        .setMessageConverters(new JacksonJsonHttpMessageConverter(JsonMapper.builder().addModule(new PartnershipJsonModule())))
        .setControllerAdvice(advices).build();
  }

  private static MockMvc sdkOnly() {
    return mvc(new PartnershipExceptionHandler(new PartnershipProblemDetails(PREFIX)));
  }

  private static MvcResult perform(MockMvc mvc, MockHttpServletRequestBuilder request, Locale locale) throws Exception {
    return mvc.perform(request.header("Accept-Language", locale.toLanguageTag())).andReturn();
  }

  private static JsonNode problemOf(MvcResult result, int status) throws Exception {
    assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(status);
    assertThat(result.getResponse().getContentType()).isEqualTo("application/problem+json");
    return MAPPER.readTree(result.getResponse().getContentAsByteArray());
  }

  private static void assertTopLevel(JsonNode problem, String code, String title, int status, String detail,
      String instance, int omitted) {
    List<String> names = new ArrayList<>();
    problem.propertyNames().forEach(names::add);
    assertThat(names).containsExactlyInAnyOrderElementsOf(TOP_LEVEL);
    assertThat(problem.get("type").asString()).isEqualTo(PREFIX + code);
    assertThat(problem.get("title").asString()).isEqualTo(title);
    assertThat(problem.get("status").asInt()).isEqualTo(status);
    assertThat(problem.get("detail").asString()).isEqualTo(detail);
    assertThat(problem.get("instance").asString()).isEqualTo(instance);
    assertThat(problem.get("code").asString()).isEqualTo(code);
    assertThat(problem.get("omitted").asInt()).isEqualTo(omitted);
  }

  /** Every field of one problem, and no other. */
  private static void assertProblem(JsonNode problem, String code, String pointer, Optional<String> ref,
      String severity, String message, String subject) {
    List<String> names = new ArrayList<>();
    problem.propertyNames().forEach(names::add);
    List<String> expected = new ArrayList<>(List.of("type", "code", "pointer", "severity", "message"));
    ref.ifPresent(r -> expected.add("ref"));
    if (subject != null) {
      expected.add("subject");
    }
    assertThat(names).as(problem.toString()).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(problem.get("type").asString()).isEqualTo(PREFIX + code);
    assertThat(problem.get("code").asString()).isEqualTo(code);
    assertThat(problem.get("pointer").asString()).isEqualTo(pointer);
    assertThat(Optional.ofNullable(problem.get("ref")).map(JsonNode::asString)).isEqualTo(ref);
    assertThat(problem.get("severity").asString()).isEqualTo(severity);
    assertThat(problem.get("message").asString()).isEqualTo(message);
    if (subject != null) {
      assertThat(problem.get("subject").asString()).isEqualTo(subject);
    }
  }

  private static String text(String english, String french, String spanish, Locale locale) {
    return switch (locale.getLanguage()) {
      case "fr" -> french;
      case "es" -> spanish;
      default -> english;
    };
  }

  private static Locale locale(String tag) {
    return Locale.forLanguageTag(tag);
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "fr", "es"})
  void aValidationReportIsAProblemPerViolationWithItsPointerAndReference(String tag) throws Exception {
    Locale locale = locale(tag);
    JsonNode problem = problemOf(perform(sdkOnly(), post("/validation"), locale), 422);

    assertTopLevel(problem, "validation.failed",
        text("The document is not valid", "Le document n'est pas valide", "El documento no es válido", locale), 422,
        text("2 problems were found.", "2 problèmes ont été trouvés.", "Se encontraron 2 problemas.", locale),
        "/validation", 0);
    List<Violation> violations = validationReport().violations();
    assertThat(problem.get("problems")).hasSize(2);
    assertProblem(problem.get("problems").get(0), violations.get(0).code(), "/evaluations/0/period/end",
        Optional.of("final-2018"), "error", violations.get(0).message(locale), null);
    assertProblem(problem.get("problems").get(1), "value.blank", "/title", Optional.empty(), "error",
        text("Must not be blank", "Ne doit pas être vide", violations.get(1).message(SPANISH), locale), null);
    assertThat(problem.get("problems").get(0).get("message").asString()).isEqualTo(text(
        "The end date June 1, 2018 is before the start date September 1, 2018",
        violations.get(0).message(Locale.FRENCH), violations.get(0).message(SPANISH), locale));
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "fr", "es"})
  void aRulesReportIsAProblemPerFindingWithItsSubjectAndReference(String tag) throws Exception {
    Locale locale = locale(tag);
    JsonNode problem = problemOf(perform(sdkOnly(), get("/rules"), locale), 422);

    List<Finding> findings = ruleReport().findings();
    int count = findings.size();
    assertThat(count).isGreaterThanOrEqualTo(2);
    assertTopLevel(problem, "rules.found", text("Good-practice rules found something",
        "Les règles de bonne pratique ont relevé des points", "Las reglas de buenas prácticas señalaron puntos", locale),
        422, text(count + " problems were found.", count + " problèmes ont été trouvés.",
            "Se encontraron " + count + " problemas.", locale), "/rules", 0);
    assertThat(problem.get("problems")).hasSize(count);
    int seen = 0;
    for (int i = 0; i < count; i++) {
      Finding finding = findings.get(i);
      JsonNode found = problem.get("problems").get(i);
      String pointer = found.get("pointer").asString();
      assertProblem(found, finding.ruleId(), pointer, finding.ref(), finding.severity().code(),
          finding.message(locale), finding.subject().toString());
      if (finding.ruleId().equals("initiative.evaluation.terms-of-reference-without-partner")) {
        assertThat(pointer).isEqualTo("/evaluations/" + seen + "/termsOfReferenceDraftedBy");
        assertThat(finding.ref()).isEqualTo(seen == 0 ? Optional.of("mid-term") : Optional.empty());
        assertThat(found.get("subject").asString()).isEqualTo("initiative initiative-1");
        seen++;
      }
    }
    assertThat(seen).isEqualTo(2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "fr", "es"})
  void aCheckReportIsAProblemPerViolationAndFindingCountingWhatTheValidatorLeftOut(String tag) throws Exception {
    Locale locale = locale(tag);
    JsonNode problem = problemOf(perform(sdkOnly(), get("/check"), locale), 422);

    CheckReport report = checkReport();
    int omitted = report.omittedViolations();
    assertThat(omitted).isPositive();
    int count = report.problems().size() + omitted;
    assertTopLevel(problem, "check.failed", text("The document has problems", "Le document présente des problèmes",
        "El documento presenta problemas", locale), 422, text(count + " problems were found.",
        count + " problèmes ont été trouvés.", "Se encontraron " + count + " problemas.", locale), "/check", omitted);
    assertThat(problem.get("problems")).hasSize(report.problems().size());
    boolean referenced = false;
    for (int i = 0; i < report.problems().size(); i++) {
      Problem expected = report.problems().get(i);
      assertProblem(problem.get("problems").get(i), expected.code(), expected.pointer(), expected.ref(),
          expected.severity().code(), expected.message(locale), expected.subject().toString());
      referenced |= expected.ref().isPresent();
    }
    assertThat(referenced).as("a problem with a reference").isTrue();
    assertThat(problem.get("problems").get(0).get("pointer").asString()).startsWith("/initiatives/");
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "fr", "es"})
  void anInvalidModelBodyIsTheSdksProblemInTheRequestsLanguage(String tag) throws Exception {
    Locale locale = locale(tag);
    ObjectNode initiative = data(RealCases.comasaguaMontauban());
    initiative.put("title", " ");

    JsonNode problem = problemOf(perform(sdkOnly(), json(post("/initiatives"), initiative.toString()), locale), 422);

    assertTopLevel(problem, "validation.failed",
        text("The document is not valid", "Le document n'est pas valide", "El documento no es válido", locale), 422,
        text("1 problem was found.", "1 problème a été trouvé.", "Se encontró 1 problema.", locale),
        "/initiatives", 0);
    assertProblem(problem.get("problems").get(0), "value.blank", "/title", Optional.empty(), "error",
        text("Must not be blank", "Ne doit pas être vide", validationReport().violations().get(1).message(SPANISH),
            locale), null);
  }

  @Test
  void aClassOfYoursHoldingAModelValueGetsTheSdksCodesAtTheValuesPointer() throws Exception {
    ObjectNode initiative = data(RealCases.comasaguaMontauban());
    initiative.put("title", " ");
    String body = "{\"initiative\":" + initiative + ",\"note\":\"n\"}";

    JsonNode problem = problemOf(perform(sdkOnly(), json(post("/wrapped"), body), Locale.FRENCH), 422);

    assertThat(problem.get("code").asString()).isEqualTo("validation.failed");
    // The SDK's code and pointer; the standard constraint's message is the engine's (BeanValidation says so).
    assertProblem(problem.get("problems").get(0), "value.blank", "/initiative/title", Optional.empty(), "error",
        "ne doit pas être vide", null);
  }

  @Test
  void aClassOfYourOwnGetsSpringsOwnAnswer() throws Exception {
    MvcResult result = perform(sdkOnly(), json(post("/own"), "{\"name\":\" \"}"), Locale.ENGLISH);

    assertThat(result.getResponse().getStatus()).isEqualTo(400);
    JsonNode problem = MAPPER.readTree(result.getResponse().getContentAsByteArray());
    assertThat(problem.get("detail").asString()).isEqualTo("Invalid request content.");
    assertThat(problem.has("code")).isFalse();
  }

  /** Your advice is registered before the auto-configuration's; with the same order, it answers first. */
  @Test
  void yourOwnHandlerAnswersFirst() throws Exception {
    MockMvc mvc = mvc(new OwnAdvice(), new PartnershipExceptionHandler(new PartnershipProblemDetails(PREFIX)));

    MvcResult own = perform(mvc, json(post("/own"), "{\"name\":\" \"}"), Locale.ENGLISH);

    assertThat(own.getResponse().getStatus()).isEqualTo(418);
    assertThat(own.getResponse().getContentAsString()).isEqualTo("\"ours\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "fr", "es"})
  void aModelValueThatCannotBeReadIsTheSdksProblemWithItsCodeAndPointer(String tag) throws Exception {
    Locale locale = locale(tag);
    String body = "{\"id\": \"x\", \"title\": \"t\",\n \"participants\": [{\"organisation\": \"spf-82\", \"roles\": [\"nope\"]}]}";

    JsonNode problem = problemOf(perform(sdkOnly(), json(post("/initiatives"), body), locale), 400);

    List<String> names = new ArrayList<>();
    problem.propertyNames().forEach(names::add);
    assertThat(names).containsExactlyInAnyOrderElementsOf(TOP_LEVEL);
    assertThat(problem.get("type").asString()).isEqualTo(PREFIX + "json.code.unknown");
    assertThat(problem.get("title").asString()).isEqualTo(text("The document cannot be read",
        "Le document ne peut pas être lu", "El documento no se puede leer", locale));
    assertThat(problem.get("status").asInt()).isEqualTo(400);
    assertThat(problem.get("detail").asString())
        .isEqualTo(text("1 problem was found.", "1 problème a été trouvé.", "Se encontró 1 problema.", locale));
    assertThat(problem.get("instance").asString()).isEqualTo("/initiatives");
    assertThat(problem.get("code").asString()).isEqualTo("json.code.unknown");
    JsonNode unknown = problem.get("problems").get(0);
    assertThat(unknown.get("type").asString()).isEqualTo(PREFIX + "json.code.unknown");
    assertThat(unknown.get("code").asString()).isEqualTo("json.code.unknown");
    assertThat(unknown.get("pointer").asString()).isEqualTo("/participants/0/roles/0");
    assertThat(unknown.get("severity").asString()).isEqualTo("error");
    assertThat(unknown.get("message").asString()).isEqualTo(text("This is not one of the codes of its list",
        "Ce n'est pas l'un des codes de sa liste", "No es uno de los códigos de su lista", locale));
    assertThat(unknown.get("line").asInt()).isEqualTo(2);
    assertThat(unknown.get("column").asInt()).isPositive();
  }

  @Test
  void aBodyOfYourOwnThatCannotBeReadGetsSpringsOwnAnswer() throws Exception {
    MvcResult result = perform(sdkOnly(), json(post("/own"), "{\"name\": ["), Locale.ENGLISH);

    assertThat(result.getResponse().getStatus()).isEqualTo(400);
    JsonNode problem = MAPPER.readTree(result.getResponse().getContentAsByteArray());
    assertThat(problem.get("detail").asString()).isEqualTo("Failed to read request");
    assertThat(problem.has("code")).isFalse();
  }

  private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
    return request.contentType(MediaType.APPLICATION_JSON).content(body);
  }

  private static ObjectNode data(Initiative initiative) {
    return (ObjectNode) MAPPER.readTree(PartnershipJson.create().write(DocumentType.INITIATIVE, initiative)).get("data");
  }
}
