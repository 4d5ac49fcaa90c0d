package org.partnershipsdk.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.partnershipsdk.testkit.Seeds;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Removing any one property of a generated document either reads fine (the property is optional,
 * empty or defaulted) or fails with json.property.missing pointing at exactly that property; and the
 * properties that fail are the ones without which a value cannot be built (over the documents the
 * testkit generates from fixed seeds: a property the generators never write is not checked here).
 * The schemas agree: each removal the reader refuses, the schema rejects, and only those.
 */
class RequiredPropertiesTest {
  private static final PartnershipJson JSON = PartnershipJson.create();

  /** The required properties, by document type, with list indexes written {@code *}. */
  private static final Map<DocumentType<?>, Set<String>> REQUIRED = Map.of(
      DocumentType.ORGANISATION, Set.of("/data/id", "/data/territories/*/country", "/data/territories/*/name"),
      DocumentType.PARTNERSHIP, Set.of("/data/id", "/data/supportingOrganisation", "/data/partner"),
      DocumentType.PROGRAMME, Set.of("/data/id", "/data/regions/*/country", "/data/regions/*/name",
          "/data/profile/parameters/*/rule", "/data/profile/parameters/*/parameter", "/data/profile/parameters/*/value",
          "/data/cycle/moves/*/from", "/data/cycle/moves/*/to"),
      DocumentType.INITIATIVE, Set.of("/data/id", "/data/participants/*/organisation", "/data/territories/*/country",
          "/data/territories/*/name", "/data/resultsFramework/specificObjectives/*/expectedResults/*/activities/*/cost/amount",
          "/data/resultsFramework/specificObjectives/*/expectedResults/*/activities/*/cost/currency",
          "/data/budget/amount", "/data/budget/currency", "/data/budgetLines/*/amount/amount",
          "/data/budgetLines/*/amount/currency", "/data/coFinancing/*/funder", "/data/coFinancing/*/amount",
          "/data/coFinancing/*/amount/amount", "/data/coFinancing/*/amount/currency", "/data/cycle/entries/*/stage",
          "/data/cycle/entries/*/date"),
      DocumentType.MISSION, Set.of("/data/id", "/data/zone/territories/*/country", "/data/zone/territories/*/name"),
      DocumentType.AGREEMENT, Set.of("/data/id", "/data/amount/amount", "/data/amount/currency",
          "/data/tranches/*/number", "/data/tranches/*/amount/amount", "/data/tranches/*/amount/currency",
          "/data/reports/*/number"),
      DocumentType.ASSESSMENT, Set.of("/data/id", "/data/partnership", "/data/criteriaSet", "/data/criteriaSet/id",
          "/data/criteriaSet/version", "/data/criteriaSet/scale", "/data/criteriaSet/scale/min",
          "/data/criteriaSet/scale/max", "/data/criteriaSet/criteria/*/code", "/data/criteriaSet/criteria/*/wording",
          "/data/criteriaSet/criteria/*/question", "/data/criteriaSet/criteria/*/wording/en",
          "/data/criteriaSet/criteria/*/wording/fr", "/data/criteriaSet/criteria/*/question/en",
          "/data/criteriaSet/criteria/*/question/fr", "/data/responses/*/respondent", "/data/responses/*/side",
          "/data/responses/*/answers/*/criterion"));

  @Test
  void everyRequiredPropertyMissingFailsAtItsPointerAndNothingElseIsRequired() {
    for (ModelDocuments.Kind<?> kind : ModelDocuments.ALL) {
      if (kind.type() == DocumentType.PORTFOLIO) {
        continue;
      }
      Set<String> required = new TreeSet<>();
      for (long seed : Seeds.list(6)) {
        required.addAll(requiredIn(kind, seed));
      }
      assertThat(required).as(kind.type().name()).containsExactlyInAnyOrderElementsOf(REQUIRED.get(kind.type()));
    }
  }

  private static <T> Set<String> requiredIn(ModelDocuments.Kind<T> kind, long seed) {
    String document = JSON.write(kind.type(), kind.generate(seed));
    ObjectNode root = (ObjectNode) PartnershipJson.mapper().readTree(document);
    Set<String> required = new TreeSet<>();
    for (String pointer : propertyPointers(root.get("data"), "/data")) {
      ObjectNode without = root.deepCopy();
      String parent = pointer.substring(0, pointer.lastIndexOf('/'));
      ((ObjectNode) without.at(parent)).remove(pointer.substring(pointer.lastIndexOf('/') + 1));
      String text = PartnershipJson.mapper().writeValueAsString(without);
      boolean schemaRejects = !SchemaValidation.errors(kind.type(), text).isEmpty();
      try {
        JSON.read(kind.type(), text);
        assertThat(schemaRejects).as("the schema rejects %s missing, the reader does not", pointer).isFalse();
      } catch (JsonReadException e) {
        assertThat(schemaRejects).as("the reader rejects %s missing, the schema does not", pointer).isTrue();
        assertThat(e.code()).as(pointer).isEqualTo("json.property.missing");
        assertThat(e.problems()).extracting(JsonProblem::pointer).as(pointer).containsExactly(pointer);
        required.add(pointer.replaceAll("/\\d+(?=/|$)", "/*"));
        continue;
      } catch (RuntimeException other) {
        fail("Removing " + pointer + " failed with " + other, other);
      }
    }
    return required;
  }

  /** @return the pointer of every property of every object below {@code node}, which need no escaping here */
  private static List<String> propertyPointers(JsonNode node, String pointer) {
    List<String> pointers = new ArrayList<>();
    if (node.isObject()) {
      for (String name : node.propertyNames()) {
        pointers.add(pointer + "/" + name);
        pointers.addAll(propertyPointers(node.get(name), pointer + "/" + name));
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        pointers.addAll(propertyPointers(node.get(i), pointer + "/" + i));
      }
    }
    return pointers;
  }
}
