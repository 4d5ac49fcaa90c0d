package org.partnershipsdk.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.partnershipsdk.testkit.RealCases;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The bundled schema is the per-type schemas merged, each shared definition once; it and every
 * per-type schema pass the checks a strict draft 2020-12 compiler makes with the set-up
 * docs/front-ends.md gives (Ajv2020 with {@code strict: true}, {@code allowUnionTypes} and
 * ajv-formats), that set-up has what the schemas need, and documents the SDK writes validate
 * against the bundle.
 */
class SchemaBundleTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final Path BUNDLE = Path.of("src/main/resources", PartnershipSchemas.BUNDLE_RESOURCE);
  /** Every document type the SDK declares: a type added later joins the bundle and its checks. */
  private static final List<DocumentType<?>> TYPES = DocumentType.values();
  /** The keywords of draft 2020-12 (core, applicator, validation, unevaluated, format, content, meta-data). */
  private static final Set<String> KEYWORDS = Set.of("$schema", "$id", "$ref", "$defs", "$anchor",
      "$dynamicRef", "$dynamicAnchor", "$vocabulary", "$comment", "allOf", "anyOf", "oneOf", "not", "if", "then",
      "else", "dependentSchemas", "prefixItems", "items", "contains", "properties", "patternProperties",
      "additionalProperties", "propertyNames", "unevaluatedItems", "unevaluatedProperties", "type", "const", "enum",
      "multipleOf", "maximum", "exclusiveMaximum", "minimum", "exclusiveMinimum", "maxLength", "minLength",
      "pattern", "maxItems", "minItems", "uniqueItems", "maxContains", "minContains", "maxProperties",
      "minProperties", "required", "dependentRequired", "format", "contentEncoding", "contentMediaType",
      "contentSchema", "title", "description", "default", "deprecated", "readOnly", "writeOnly", "examples");

  /** The keywords that apply to some types only, and those types: strict Ajv wants the type declared. */
  private static final Map<String, List<String>> APPLICABLE = Map.ofEntries(
      Map.entry("properties", List.of("object")), Map.entry("required", List.of("object")),
      Map.entry("additionalProperties", List.of("object")), Map.entry("patternProperties", List.of("object")),
      Map.entry("propertyNames", List.of("object")), Map.entry("minProperties", List.of("object")),
      Map.entry("maxProperties", List.of("object")), Map.entry("dependentRequired", List.of("object")),
      Map.entry("pattern", List.of("string")), Map.entry("minLength", List.of("string")),
      Map.entry("maxLength", List.of("string")), Map.entry("format", List.of("string", "number")),
      Map.entry("minimum", List.of("number")), Map.entry("maximum", List.of("number")),
      Map.entry("exclusiveMinimum", List.of("number")), Map.entry("exclusiveMaximum", List.of("number")),
      Map.entry("multipleOf", List.of("number")), Map.entry("items", List.of("array")),
      Map.entry("prefixItems", List.of("array")), Map.entry("minItems", List.of("array")),
      Map.entry("maxItems", List.of("array")), Map.entry("uniqueItems", List.of("array")),
      Map.entry("contains", List.of("array")));
  /** The formats the ajv-formats plugin (3.x) defines; strict Ajv refuses any other. */
  private static final Set<String> AJV_FORMATS = Set.of("date", "time", "date-time", "iso-time", "iso-date-time",
      "duration", "uri", "uri-reference", "uri-template", "url", "email", "hostname", "ipv4", "ipv6", "regex",
      "uuid", "json-pointer", "json-pointer-uri-fragment", "relative-json-pointer", "byte", "int32", "int64",
      "float", "double", "password", "binary");
  /** The Ajv set-up docs/front-ends.md gives, which the strict checks follow. */
  private static final String AJV_SET_UP = ajvSetUp();

  @Test
  void theAjvSetUpOfTheDocsHasWhatTheSchemasNeed() {
    List<JsonNode> schemas = new ArrayList<>();
    schemas.add(MAPPER.readTree(PartnershipSchemas.bundle()));
    TYPES.forEach(type -> schemas.add(MAPPER.readTree(PartnershipSchemas.schema(type))));
    boolean formats = schemas.stream().anyMatch(schema -> !schema.findValues("format").isEmpty());
    boolean unions = schemas.stream().flatMap(schema -> schema.findValues("type").stream())
        .anyMatch(type -> type.isArray() && type.size() - (type.toString().contains("\"null\"") ? 1 : 0) > 1);

    assertThat(AJV_SET_UP).contains("new Ajv2020({ strict: true");
    if (formats) {
      assertThat(AJV_SET_UP).as("the schemas use format: the set-up adds ajv-formats")
          .contains("import addFormats from \"ajv-formats\";").contains("addFormats(ajv);");
    }
    if (unions) {
      assertThat(AJV_SET_UP).as("the schemas have union types: strict Ajv needs allowUnionTypes")
          .contains("allowUnionTypes: true");
    }
    assertThat(AJV_SET_UP).as("Node 22 removed import assertions: JSON is imported with attributes")
        .doesNotContain("assert {").contains("with { type: \"json\" }");
  }

  @Test
  void theStrictChecksFindWhatStrictAjvRefuses() {
    List<String> problems = new ArrayList<>();
    strict(MAPPER.readTree("""
        {"type": "object", "properties": {"a": {"pattern": "x"}, "b": {"type": "string", "format": "colour"},
         "c": {"type": "number", "anyOf": [{"minLength": 1}]}}, "required": ["d"]}"""), "#", problems);
    assertThat(problems).containsExactly(
        "#: required d is not in properties",
        "#/properties/a: pattern needs type [string], the schema has []",
        "#/properties/b: format colour is not one ajv-formats defines",
        "#/properties/c/anyOf/0: minLength needs type [string], the schema has [number]");
  }

  @Test
  void theBundleIsThePerTypeSchemasMergedWithEachDefinitionOnce() throws IOException {
    String rendered = MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(bundle()) + "\n";
    if (Boolean.getBoolean("partnership.updateDocs") || !Files.exists(BUNDLE)) {
      Files.writeString(BUNDLE, rendered, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(BUNDLE, StandardCharsets.UTF_8))
        .as("the bundled schema is out of date: regenerate it with -Dpartnership.updateDocs=true")
        .isEqualTo(rendered);
    assertThat(PartnershipSchemas.bundle()).isEqualTo(rendered);
  }

  @Test
  void theBundleDeclaresEveryDocumentTypeAndOffersEachOne() {
    JsonNode bundle = MAPPER.readTree(PartnershipSchemas.bundle());
    List<String> offered = new ArrayList<>();
    bundle.get("oneOf").forEach(choice -> offered.add(choice.get("$ref").asString()));
    for (DocumentType<?> type : DocumentType.values()) {
      String name = Character.toUpperCase(type.name().charAt(0)) + type.name().substring(1) + "Document";
      assertThat(bundle.get("$defs").has(name)).as("$defs/%s", name).isTrue();
      assertThat(offered).as("oneOf").contains("#/$defs/" + name);
      assertThat(bundle.get("$defs").get(name).get("properties").get("type").toString()).as(name)
          .contains("\"" + type.name() + "\"");
    }
    assertThat(offered).hasSize(DocumentType.values().size());
  }

  @Test
  void everySchemaPassesTheStrictChecks() {
    List<String> problems = new ArrayList<>();
    strict(MAPPER.readTree(PartnershipSchemas.bundle()), "bundle#", problems);
    for (DocumentType<?> type : TYPES) {
      strict(MAPPER.readTree(PartnershipSchemas.schema(type)), type.name() + "#", problems);
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void everySchemaIsValidAgainstTheDraft2020MetaSchema() {
    Schema meta = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(com.networknt.schema.SchemaLocation.of(PartnershipSchemas.DIALECT));
    assertThat(meta.validate(PartnershipSchemas.bundle(), InputFormat.JSON)).isEmpty();
    for (DocumentType<?> type : TYPES) {
      assertThat(meta.validate(PartnershipSchemas.schema(type), InputFormat.JSON)).as(type.name()).isEmpty();
    }
    assertThat(meta.validate("{\"type\": \"objekt\"}", InputFormat.JSON)).as("a broken schema is seen").isNotEmpty();
  }

  @Test
  void theSdksDocumentsValidateAgainstTheBundleAndABrokenCodeDoesNot() {
    Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(PartnershipSchemas.bundle(), InputFormat.JSON);
    String portfolio = PartnershipJson.create().write(DocumentType.PORTFOLIO, RealCases.portfolio());

    assertThat(schema.validate(portfolio, InputFormat.JSON)).isEmpty();
    String broken = portfolio.replaceFirst("\"implementation\"", "\"under-way\"");
    assertThat(broken).isNotEqualTo(portfolio);
    assertThat(schema.validate(broken, InputFormat.JSON)).isNotEmpty();
  }

  /** The JavaScript block of docs/front-ends.md that sets Ajv up. */
  private static String ajvSetUp() {
    try {
      String doc = Files.readString(Path.of("..", "docs", "front-ends.md"), StandardCharsets.UTF_8);
      int start = doc.indexOf("```js\nimport Ajv2020");
      assertThat(start).as("docs/front-ends.md has the Ajv set-up").isNotNegative();
      return doc.substring(start, doc.indexOf("```\n", start + 5));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static ObjectNode bundle() {
    ObjectNode bundle = MAPPER.createObjectNode();
    bundle.put("$schema", PartnershipSchemas.DIALECT);
    bundle.put("$id", PartnershipSchemas.ID_BASE + "partnership-sdk.schema.json");
    bundle.put("title", "partnership-sdk documents, schema version 1.x");
    bundle.put("description", "Every document type of the partnership-sdk JSON wire format in one schema, each "
        + "shared definition declared once, for code generators and form libraries. Each document type is "
        + "$defs/<Type>Document; the per-type schemas (portfolio.schema.json...) hold the same rules.");
    ArrayNode oneOf = bundle.putArray("oneOf");
    ObjectNode defs = MAPPER.createObjectNode();
    for (DocumentType<?> type : TYPES) {
      ObjectNode schema = (ObjectNode) MAPPER.readTree(PartnershipSchemas.schema(type));
      for (Map.Entry<String, JsonNode> def : schema.get("$defs").properties()) {
        JsonNode previous = defs.get(def.getKey());
        assertThat(previous == null || previous.equals(def.getValue()))
            .as("$defs/%s is the same in every schema", def.getKey()).isTrue();
        defs.set(def.getKey(), def.getValue());
      }
      schema.remove(List.of("$schema", "$id", "$defs"));
      String name = Character.toUpperCase(type.name().charAt(0)) + type.name().substring(1) + "Document";
      oneOf.addObject().put("$ref", "#/$defs/" + name);
      defs.set(name, schema);
    }
    ObjectNode sorted = bundle.putObject("$defs");
    defs.propertyNames().stream().sorted().forEach(name -> sorted.set(name, defs.get(name)));
    return bundle;
  }

  /**
   * What Ajv's strict mode refuses: unknown keywords, required names not declared, keywords for a
   * type the schema does not have (its own {@code type}, or its parent's for {@code anyOf},
   * {@code allOf}... on the same value; never through {@code $ref}), union types other than
   * {@code [T, "null"]} unless the set-up allows them, formats no plugin of the set-up defines.
   */
  private static void strict(JsonNode schema, String at, List<String> problems) {
    strict(schema, at, Set.of(), problems);
  }

  private static void strict(JsonNode schema, String at, Set<String> inherited, List<String> problems) {
    if (!schema.isObject()) {
      return;
    }
    for (String keyword : schema.propertyNames()) {
      if (!KEYWORDS.contains(keyword)) {
        problems.add(at + ": unknown keyword " + keyword);
      }
    }
    if (schema.has("required") && schema.has("properties")) {
      for (JsonNode name : schema.get("required")) {
        if (!schema.get("properties").has(name.asString())) {
          problems.add(at + ": required " + name.asString() + " is not in properties");
        }
      }
    }
    Set<String> types = types(schema).orElse(inherited);
    if (!AJV_SET_UP.contains("allowUnionTypes: true")
        && types.stream().filter(type -> !type.equals("null")).count() > 1) {
      problems.add(at + ": union type " + types + " without allowUnionTypes");
    }
    for (Map.Entry<String, List<String>> applicable : APPLICABLE.entrySet()) {
      if (schema.has(applicable.getKey())
          && applicable.getValue().stream().noneMatch(t -> types.contains(t) || t.equals("number") && types.contains("integer"))) {
        problems.add(at + ": " + applicable.getKey() + " needs type " + applicable.getValue() + ", the schema has " + types);
      }
    }
    if (schema.has("format") && !AJV_FORMATS.contains(schema.get("format").asString())) {
      problems.add(at + ": format " + schema.get("format").asString() + " is not one ajv-formats defines");
    }
    for (String sameValue : List.of("not", "if", "then", "else")) {
      if (schema.has(sameValue)) {
        strict(schema.get(sameValue), at + "/" + sameValue, types, problems);
      }
    }
    for (String sameValue : List.of("allOf", "anyOf", "oneOf")) {
      if (schema.has(sameValue)) {
        Iterator<JsonNode> items = schema.get(sameValue).iterator();
        for (int i = 0; items.hasNext(); i++) {
          strict(items.next(), at + "/" + sameValue + "/" + i, types, problems);
        }
      }
    }
    for (String container : List.of("properties", "$defs", "patternProperties")) {
      if (schema.has(container)) {
        for (Map.Entry<String, JsonNode> child : schema.get(container).properties()) {
          strict(child.getValue(), at + "/" + container + "/" + child.getKey(), problems);
        }
      }
    }
    for (String single : List.of("items", "additionalProperties", "contains", "propertyNames")) {
      if (schema.has(single)) {
        strict(schema.get(single), at + "/" + single, problems);
      }
    }
    if (schema.has("prefixItems")) {
      Iterator<JsonNode> items = schema.get("prefixItems").iterator();
      for (int i = 0; items.hasNext(); i++) {
        strict(items.next(), at + "/prefixItems/" + i, problems);
      }
    }
  }

  private static java.util.Optional<Set<String>> types(JsonNode schema) {
    if (!schema.has("type")) {
      return java.util.Optional.empty();
    }
    Set<String> types = new java.util.TreeSet<>();
    if (schema.get("type").isString()) {
      types.add(schema.get("type").asString());
    } else {
      schema.get("type").forEach(type -> types.add(type.asString()));
    }
    return java.util.Optional.of(types);
  }
}
