package org.partnershipsdk.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.partnershipsdk.core.model.Coded;
import org.partnershipsdk.core.model.IncompleteValueException;
import org.partnershipsdk.core.portfolio.Portfolio;
import tools.jackson.databind.JsonNode;

/**
 * Keeps the JSON Schemas shipped in the jar equal to what the model and its binding generate
 * ({@link SchemaGenerator}), so that they cannot drift. After changing the model or the binding, run
 * {@code ./mvnw -pl partnership-json -am verify -Dtest=SchemaTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dpartnership.updateDocs=true} and commit the regenerated files.
 */
class SchemaTest {
  private static final Path FOLDER = Path.of("src", "main", "resources").resolve(PartnershipSchemas.RESOURCE_FOLDER);
  private static final boolean UPDATE = Boolean.getBoolean("partnership.updateDocs");
  static final List<DocumentType<?>> TYPES = Documents.ALL;

  @ParameterizedTest
  @FieldSource("TYPES")
  void theShippedSchemaIsTheOneGeneratedFromTheModel(DocumentType<?> type) throws IOException {
    String generated = SchemaGenerator.generate(type);
    Path file = FOLDER.resolve(type.name() + ".schema.json");
    boolean missing = !Files.exists(file);
    if (UPDATE || missing) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, generated, StandardCharsets.UTF_8);
    }
    assertThat(missing && !UPDATE).as("%s was missing: it is written now, commit it", file).isFalse();
    assertThat(Files.readString(file, StandardCharsets.UTF_8))
        .as("%s is out of date: regenerate it with -Dpartnership.updateDocs=true", file)
        .isEqualTo(generated);
    if (!UPDATE) {
      assertThat(PartnershipSchemas.schema(type)).as("the jar serves the file").isEqualTo(generated);
    }
  }

  @ParameterizedTest
  @FieldSource("TYPES")
  void eachSchemaIsAValidDraft202012SchemaNamedAfterItsDocumentType(DocumentType<?> type) {
    JsonNode schema = tree(type);
    assertThat(schema.get("$schema").asString()).isEqualTo(PartnershipSchemas.DIALECT);
    assertThat(schema.get("$id").asString()).isEqualTo(PartnershipSchemas.id(type).toString())
        .isEqualTo("https://partnershipsdk.org/json/schema/v1/" + type.name() + ".schema.json");
    assertThat(PartnershipSchemas.resourcePath(type))
        .isEqualTo("partnership-sdk/json/schema/v1/" + type.name() + ".schema.json");
    assertThat(schema.at("/properties/type/const").asString()).isEqualTo(type.name());
    var metaSchema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(SchemaLocation.of(PartnershipSchemas.DIALECT));
    assertThat(metaSchema.validate(PartnershipSchemas.schema(type), InputFormat.JSON)).isEmpty();
  }

  @Test
  void everyCodeListIsListedFromItsJavaEnumInOrder() {
    Map<String, List<String>> expected = new TreeMap<>();
    for (Class<?> type : reachableTypes(Portfolio.class)) {
      if (type.isEnum() && Coded.class.isAssignableFrom(type)) {
        expected.put(type.getSimpleName(), Arrays.stream(type.getEnumConstants()).map(c -> ((Coded) c).code()).toList());
      }
    }
    Map<String, List<String>> listed = new TreeMap<>();
    tree(DocumentType.PORTFOLIO).get("$defs").properties().forEach(def -> {
      if (def.getValue().has("enum")) {
        listed.put(def.getKey(), def.getValue().get("enum").valueStream().map(JsonNode::asString).toList());
      }
    });
    assertThat(expected).hasSizeGreaterThanOrEqualTo(15);
    assertThat(listed).isEqualTo(expected);
  }

  @Test
  void theSameDefinitionIsTheSameInEverySchema() {
    Map<String, JsonNode> seen = new HashMap<>();
    for (DocumentType<?> type : TYPES) {
      tree(type).get("$defs").properties().forEach(def -> {
        JsonNode first = seen.putIfAbsent(def.getKey(), def.getValue());
        assertThat(first == null || first.equals(def.getValue())).as("%s in %s", def.getKey(), type).isTrue();
      });
    }
    assertThat(tree(DocumentType.PORTFOLIO).get("$defs").propertyNames()).containsAll(seen.keySet());
  }

  @Test
  void onlyIdentifiersAndWhatAValueCannotBeBuiltWithoutAreRequired() {
    JsonNode defs = tree(DocumentType.PORTFOLIO).get("$defs");
    Set<String> required = new TreeSet<>();
    defs.properties().forEach(def -> def.getValue().path("required")
        .forEach(name -> required.add(def.getKey() + "." + name.asString())));
    assertThat(required).contains("Initiative.id", "Organisation.id", "Partnership.id", "Partnership.partner",
        "Partnership.supportingOrganisation", "Programme.id", "VolunteerMission.id", "ReciprocityAssessment.id",
        "Territory.country", "Territory.name", "Money.amount", "Money.currency", "StageEntry.stage", "StageEntry.date");
    assertThat(required).doesNotContain("Initiative.title", "Organisation.name", "VolunteerMission.title",
        "Organisation.country", "Territory.level");
    assertThat(defs.at("/Money/additionalProperties").asBoolean()).isFalse();
    assertThat(defs.at("/Initiative/additionalProperties").asBoolean()).isTrue();
  }

  @Test
  void aMissingTypeIsAnIncompleteValue() {
    assertThatThrownBy(() -> PartnershipSchemas.schema(null)).isInstanceOf(IncompleteValueException.class);
    assertThatThrownBy(() -> PartnershipSchemas.schema(TestDocuments.TERRITORY)).isInstanceOf(IllegalStateException.class);
  }

  static JsonNode tree(DocumentType<?> type) {
    return PartnershipJson.mapper().readTree(PartnershipSchemas.schema(type));
  }

  /**
   * Every type reachable from a model type through the accessors of its properties, by plain
   * reflection (not through Jackson, unlike the generator).
   */
  static Set<Class<?>> reachableTypes(Class<?> root) {
    Set<Class<?>> found = new HashSet<>();
    Deque<Type> todo = new ArrayDeque<>(List.of(root));
    while (!todo.isEmpty()) {
      Type type = todo.pop();
      if (type instanceof ParameterizedType parameterized) {
        todo.addAll(Arrays.asList(parameterized.getActualTypeArguments()));
        todo.push(parameterized.getRawType());
      } else if (type instanceof Class<?> c && c.getName().startsWith("org.partnershipsdk.core") && found.add(c)) {
        for (Method method : c.getMethods()) {
          // Properties: the abstract accessors and the defaults; derived values are final.
          int modifiers = method.getModifiers();
          if (method.getParameterCount() == 0 && !Modifier.isStatic(modifiers) && !Modifier.isFinal(modifiers)
              && method.getDeclaringClass() != Object.class && !method.getDeclaringClass().isEnum()) {
            todo.push(method.getGenericReturnType());
          }
        }
      }
    }
    return found;
  }
}
