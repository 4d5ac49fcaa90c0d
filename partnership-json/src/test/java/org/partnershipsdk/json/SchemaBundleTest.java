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
 * per-type schema pass the checks a strict draft 2020-12 compiler (Ajv2020 with {@code strict: true})
 * makes, and documents the SDK writes validate against the bundle.
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

  /** What Ajv's strict mode refuses: unknown keywords, required names not declared, keywords for another type. */
  private static void strict(JsonNode schema, String at, List<String> problems) {
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
    String type = schema.has("type") && schema.get("type").isString() ? schema.get("type").asString() : null;
    if (type != null) {
      for (String keyword : List.of("properties", "required", "additionalProperties")) {
        if (schema.has(keyword) && !type.equals("object")) {
          problems.add(at + ": " + keyword + " on a schema of type " + type);
        }
      }
      for (String keyword : List.of("pattern", "minLength", "maxLength")) {
        if (schema.has(keyword) && !type.equals("string")) {
          problems.add(at + ": " + keyword + " on a schema of type " + type);
        }
      }
      for (String keyword : List.of("items", "minItems", "maxItems", "uniqueItems")) {
        if (schema.has(keyword) && !type.equals("array")) {
          problems.add(at + ": " + keyword + " on a schema of type " + type);
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
    for (String single : List.of("items", "additionalProperties", "not", "if", "then", "else", "contains",
        "propertyNames")) {
      if (schema.has(single)) {
        strict(schema.get(single), at + "/" + single, problems);
      }
    }
    for (String list : List.of("allOf", "anyOf", "oneOf", "prefixItems")) {
      if (schema.has(list)) {
        Iterator<JsonNode> items = schema.get(list).iterator();
        for (int i = 0; items.hasNext(); i++) {
          strict(items.next(), at + "/" + list + "/" + i, problems);
        }
      }
    }
  }
}
