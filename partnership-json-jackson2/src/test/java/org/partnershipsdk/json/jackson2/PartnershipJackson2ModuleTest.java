package org.partnershipsdk.json.jackson2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnershipsdk.core.initiative.Initiative;
import org.partnershipsdk.core.model.InitiativeId;
import org.partnershipsdk.core.model.Money;
import org.partnershipsdk.core.model.Sdg;
import org.partnershipsdk.core.model.Territory;
import org.partnershipsdk.json.DocumentType;
import org.partnershipsdk.json.JsonReadException;
import org.partnershipsdk.json.JsonWriteException;
import org.partnershipsdk.json.PartnershipJson;
import org.partnershipsdk.testkit.RealCases;

/** The module inside an application's own Jackson 2 mapper and its own types. */
class PartnershipJackson2ModuleTest {
  private static final ObjectMapper MAPPER = JsonMapper.builder().addModule(new PartnershipJackson2Module()).build();
  private static final Initiative INITIATIVE = RealCases.comasaguaMontauban();

  /** An application's own request body holding the SDK's values. */
  public record Request(String note, List<Initiative> initiatives) {}

  @Test
  void modelValuesInsideAnApplicationsOwnTypesAreWrittenAsTheSdkWritesThem() throws Exception {
    String written = MAPPER.writeValueAsString(new Request("two", List.of(INITIATIVE, INITIATIVE)));

    String data = PartnershipJson.mapper().writeValueAsString(INITIATIVE);
    assertThat(written).isEqualTo("{\"note\":\"two\",\"initiatives\":[" + data + "," + data + "]}");
    assertThat(MAPPER.readValue(written, Request.class).initiatives()).containsExactly(INITIATIVE, INITIATIVE);
  }

  @Test
  void theMappersOwnPrettyPrinterAndFeaturesApplyToTheSdksTokens() throws Exception {
    ObjectMapper indenting = MAPPER.copy().enable(SerializationFeature.INDENT_OUTPUT);
    Territory territory = INITIATIVE.territories().get(0);

    String written = indenting.writeValueAsString(Map.of("territory", territory));

    assertThat(written).startsWith("{\n  \"territory\" : {\n    \"country\" : ");
    assertThat(MAPPER.readValue(written, new TypeReference<Map<String, Territory>>() {})).containsEntry("territory",
        territory);
  }

  @Test
  void aFailureInsideAnApplicationsTypeHasThePointerAndPositionOfItsInput() {
    String data = PartnershipJson.mapper().writeValueAsString(INITIATIVE);
    String broken = data.replaceFirst("\"title\":\"[^\"]*\"", "\"title\":12");
    String body = "{\"note\":\"two\",\n \"initiatives\":[" + data + ",\n  " + broken + "]}";
    int column = 3 + broken.indexOf("12"); // the line starts with two spaces

    PartnershipJsonMappingException failure = catchThrowableOfType(PartnershipJsonMappingException.class,
        () -> MAPPER.readValue(body, Request.class));

    assertThat(failure.code()).isEqualTo(JsonReadException.TYPE_MISMATCH);
    assertThat(failure.problems()).singleElement().satisfies(problem -> {
      assertThat(problem.pointer()).isEqualTo("/initiatives/1/title");
      assertThat(problem.line()).isEqualTo(3);
      assertThat(problem.column()).isEqualTo(column);
      assertThat(problem.message(Locale.FRENCH)).isEqualTo("Type JSON inattendu : string attendu, number trouvé");
    });
    assertThat(failure).isInstanceOf(JsonMappingException.class).hasCauseInstanceOf(JsonReadException.class);
    assertThat(failure.getLocation().getLineNr()).isEqualTo(3);
    assertThat(failure.getPathReference()).contains("initiatives").contains("[1]");
    assertThat(failure.getMessage(Locale.FRENCH)).contains("/initiatives/1/title");
  }

  @Test
  void theStrictModuleRejectsEveryUnknownPropertyAtOnce() throws Exception {
    String data = PartnershipJson.mapper().writeValueAsString(INITIATIVE);
    String unknown = "{\"colour\":\"green\"," + data.substring(1, data.length() - 1) + ",\"size\":[1.50]}";
    Initiative read = MAPPER.readValue(unknown, Initiative.class);
    assertThat(read.unknownProperties()).containsExactly(Map.entry("colour", "\"green\""), Map.entry("size", "[1.50]"));
    assertThat(MAPPER.writeValueAsString(read)).isEqualTo(PartnershipJson.mapper().writeValueAsString(read))
        .endsWith(",\"colour\":\"green\",\"size\":[1.50]}");

    ObjectMapper strict = JsonMapper.builder().addModule(new PartnershipJackson2Module().strict()).build();
    PartnershipJsonMappingException failure = catchThrowableOfType(PartnershipJsonMappingException.class,
        () -> strict.readValue(unknown, Initiative.class));

    assertThat(failure.problems()).extracting(p -> p.code() + " " + p.pointer())
        .containsExactly("json.property.unknown /colour", "json.property.unknown /size");
  }

  @Test
  void theValidatingModuleReportsEveryViolationWithItsPointer() {
    ObjectMapper validating = JsonMapper.builder().addModule(new PartnershipJackson2Module().validating()).build();
    String blank = "{\"initiative\":{\"id\":\"draft-1\",\"title\":\" \"}}";

    PartnershipJsonMappingException failure = catchThrowableOfType(PartnershipJsonMappingException.class,
        () -> validating.readValue(blank, new TypeReference<Map<String, Initiative>>() {}));

    assertThat(failure.code()).isEqualTo(JsonReadException.VALIDATION_FAILED);
    assertThat(failure.problems()).extracting(p -> p.code() + " " + p.pointer()).contains("value.blank /initiative/title");
    assertThat(failure.problems()).allSatisfy(p -> assertThat(p.line()).isZero());
  }

  @Test
  void aDocumentInsideAnApplicationsTypeHasThePointersOfItsInput() {
    String document = PartnershipJson.create().write(DocumentType.INITIATIVE, INITIATIVE);
    String written = "\"schemaVersion\":\"" + PartnershipJson.SCHEMA_VERSION + "\"";
    assertThat(document).contains(written);
    String body = "{\"documents\":[" + document.replace(written, "\"schemaVersion\":\"2.0\"") + "]}";

    PartnershipJsonMappingException failure = catchThrowableOfType(PartnershipJsonMappingException.class,
        () -> MAPPER.readValue(body, new TypeReference<Map<String, List<JsonDocument<Initiative>>>>() {}));

    assertThat(failure.code()).isEqualTo(JsonReadException.SCHEMA_VERSION_UNSUPPORTED);
    assertThat(failure.readException().pointer()).isEqualTo("/documents/0/schemaVersion");
  }

  @Test
  void aDocumentIsReadAsTheTypeItsJavaTypeNames() throws Exception {
    String text = PartnershipJson.create().write(DocumentType.INITIATIVE, INITIATIVE);

    assertThat(MAPPER.readValue(text, new TypeReference<JsonDocument<Initiative>>() {}))
        .isEqualTo(JsonDocument.of(DocumentType.INITIATIVE, INITIATIVE));
    assertThatThrownBy(() -> MAPPER.readValue(text, JsonDocument.class))
        .isInstanceOf(InvalidDefinitionException.class).hasMessageContaining("JsonDocument<Initiative>");
  }

  @Test
  void closedValuesCodesAndIdentifiersAreTheSdksToo() throws Exception {
    Money money = INITIATIVE.budget().orElseThrow();

    for (Object value : List.of(money, Sdg.values()[0], InitiativeId.of("caac-1"), INITIATIVE.territories())) {
      assertThat(MAPPER.writeValueAsString(value)).isEqualTo(PartnershipJson.mapper().writeValueAsString(value));
    }
    assertThat(MAPPER.readValue("\"" + Sdg.values()[0].code() + "\"", Sdg.class)).isEqualTo(Sdg.values()[0]);
    assertThat(catchThrowableOfType(PartnershipJsonMappingException.class,
        () -> MAPPER.readValue("{\"s\":\"ENERGY\"}", new TypeReference<Map<String, Sdg>>() {})).readException().pointer())
        .isEqualTo("/s");
    assertThat(catchThrowableOfType(PartnershipJsonMappingException.class,
        () -> MAPPER.readValue("[\" \"]", new TypeReference<List<InitiativeId>>() {})).code())
        .isEqualTo(JsonReadException.VALUE_INVALID);
  }

  @Test
  void aDuplicateKeyIsTheSdksWhetherTheMapperOrTheSdkFindsIt() {
    String data = PartnershipJson.mapper().writeValueAsString(INITIATIVE).replaceFirst("\\{", "{\"title\":\"x\",");
    ObjectMapper detecting = JsonMapper.builder(JsonFactory.builder()
        .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build())
        .addModule(new PartnershipJackson2Module()).build();
    JsonReadException reference = catchThrowableOfType(JsonReadException.class,
        () -> PartnershipJson.create().read(DocumentType.INITIATIVE,
            "{\"type\":\"initiative\",\"schemaVersion\":\"" + PartnershipJson.SCHEMA_VERSION + "\",\"data\":" + data + "}"));

    for (ObjectMapper mapper : List.of(MAPPER, detecting)) {
      PartnershipJsonMappingException failure = catchThrowableOfType(PartnershipJsonMappingException.class,
          () -> mapper.readValue("{\"data\":" + data + "}", new TypeReference<Map<String, Initiative>>() {}));
      assertThat(failure.code()).isEqualTo(JsonReadException.DUPLICATE_KEY);
      assertThat(failure.readException().pointer()).isEqualTo(reference.pointer()).isEqualTo("/data/title");
      assertThat(failure.problems().get(0).message(Locale.ENGLISH))
          .isEqualTo(reference.problems().get(0).message(Locale.ENGLISH));
    }
  }

  @Test
  void aLimitOfTheMappersOwnParserIsReportedAsJacksonReportsIt() {
    ObjectMapper tight = JsonMapper.builder(JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(10).build()).build())
        .addModule(new PartnershipJackson2Module()).build();

    assertThatThrownBy(() -> tight.readValue("\"an identifier longer than ten\"", InitiativeId.class))
        .isInstanceOf(StreamConstraintsException.class);
  }

  @Test
  void anUnknownPropertyThatIsNotJsonFailsTheWriteAsTheSdkDoes() throws Exception {
    Territory territory = MAPPER.readValue("{\"country\":\"CG\",\"level\":\"country\",\"name\":\"Congo\",\"x\":1}",
        Territory.class);
    Territory invalid = territory.withUnknownProperties(Map.of("x", "{not json"));

    assertThatThrownBy(() -> MAPPER.writeValueAsString(invalid)).hasRootCauseInstanceOf(RuntimeException.class)
        .satisfies(e -> assertThat(causes(e)).anyMatch(c -> c instanceof JsonWriteException w
            && w.code().equals(JsonWriteException.UNKNOWN_PROPERTY_INVALID)));
  }

  @Test
  void theModuleIsFoundByServiceLoaderAndGivesTheBuildsVersion() {
    assertThat(ObjectMapper.findModules()).anyMatch(m -> m instanceof PartnershipJackson2Module);
    assertThat(new PartnershipJackson2Module().version().toString()).isEqualTo(System.getProperty("project.version"));
    assertThat(new PartnershipJackson2Module().version().getArtifactId()).isEqualTo("partnership-json-jackson2");
  }

  @Test
  void theParserIsLeftAtTheValuesLastToken() throws Exception {
    try (JsonParser parser = MAPPER.createParser("[{\"country\":\"CG\",\"level\":\"country\",\"name\":\"Congo\"}, 7]")) {
      parser.nextToken();
      parser.nextToken();
      assertThat(MAPPER.readValue(parser, Territory.class).name()).isEqualTo("Congo");
      parser.nextToken();
      assertThat(parser.getIntValue()).isEqualTo(7);
    }
  }

  private static List<Throwable> causes(Throwable e) {
    List<Throwable> all = new java.util.ArrayList<>();
    for (Throwable t = e; t != null; t = t.getCause()) {
      all.add(t);
    }
    return all;
  }
}
