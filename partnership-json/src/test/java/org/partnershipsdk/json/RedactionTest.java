package org.partnershipsdk.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.partnershipsdk.core.model.PersonalData;
import org.partnershipsdk.core.portfolio.Portfolio;
import org.partnershipsdk.core.reciprocity.Answer;
import org.partnershipsdk.core.results.IndicatorPeriod;
import org.partnershipsdk.testkit.GenContext;
import org.partnershipsdk.testkit.Generators;
import org.partnershipsdk.testkit.RealCases;
import org.partnershipsdk.testkit.Seeds;
import tools.jackson.databind.JsonNode;

/**
 * The redacting writer on generated values of every document type: no personal value is left,
 * persons keep their number, nothing else changes, and the result is a valid document the SDK reads.
 */
class RedactionTest {
  private static final PartnershipJson JSON = PartnershipJson.create();

  @Test
  void thePersonalPropertiesAreThoseTheModelMarks() {
    assertThat(personalProperties()).contains("Organisation.contactPersons", "Partnership.programmeOfficer",
        "VolunteerMission.volunteers", "Evaluation.consultant", "Answer.comment");
    assertThat(isPersonal(IndicatorPeriod.class, "comment")).as("a period's comment, unlike an answer's").isFalse();
    assertThat(isPersonal(Answer.class, "comment")).isTrue();
  }

  @TestFactory
  Stream<DynamicTest> generatedDocumentsOfEveryTypeAreRedacted() {
    return ModelDocuments.ALL.stream().flatMap(kind -> Seeds.list(40).stream()
        .map(seed -> DynamicTest.dynamicTest(kind + ", seed " + seed, () -> check(kind, seed))));
  }

  @Test
  void theGeneratedDocumentsDoHoldPersonalData() {
    long holding = Seeds.list(40).stream()
        .map(seed -> JSON.write(DocumentType.PORTFOLIO, Generators.portfolios().generate(GenContext.of(seed))))
        .filter(text -> Generators.PERSONAL_VALUES.stream().anyMatch(text::contains))
        .count();
    assertThat(holding).as("portfolios holding personal values, else the properties above prove nothing")
        .isGreaterThan(30);
  }

  @Test
  void theRealCasesAreRedactedToo() {
    String plain = JSON.write(DocumentType.PORTFOLIO, RealCases.portfolio());
    String redacted = JSON.redacting().write(DocumentType.PORTFOLIO, RealCases.portfolio());
    assertThat(plain).contains("Awa Houngbédji", "awa.houngbedji@example.org");
    assertThat(redacted).doesNotContain("Awa Houngbédji", "awa.houngbedji@example.org", "Coordinatrice")
        .contains("\"contactPersons\":[{\"name\":\"<personal data>\"}]");
    assertSameOutsidePersonalData(tree(plain), tree(redacted), Portfolio.class);
  }

  private static <T> void check(ModelDocuments.Kind<T> kind, long seed) {
    DocumentType<T> type = kind.type();
    T value = kind.generate(seed);
    String plain = JSON.write(type, value);
    String redacted = JSON.redacting().write(type, value);
    JsonNode redactedTree = tree(redacted);

    List<String> texts = new ArrayList<>();
    collectTexts(redactedTree, texts);
    for (String personal : Generators.PERSONAL_VALUES) {
      assertThat(redacted).doesNotContain(personal);
      assertThat(texts).noneMatch(text -> text.contains(personal));
    }
    assertSameOutsidePersonalData(tree(plain), redactedTree, type.modelType());
    assertThat(SchemaValidation.errors(type, redacted)).isEmpty();
    T read = JSON.read(type, redacted);
    assertThat(JSON.redacting().write(type, read)).as("redacting twice changes nothing").isEqualTo(redacted);
    assertThat(JSON.write(type, read)).as("a redacted document reads and writes back as it is").isEqualTo(redacted);
  }

  /**
   * @param plain the document written as it is
   * @param redacted the same written redacted
   * @param modelType the type of the document's data
   */
  static void assertSameOutsidePersonalData(JsonNode plain, JsonNode redacted, Class<?> modelType) {
    assertThat(redacted.propertyNames()).containsExactlyElementsOf(plain.propertyNames());
    assertThat(redacted.get("type")).isEqualTo(plain.get("type"));
    assertThat(redacted.get("schemaVersion")).isEqualTo(plain.get("schemaVersion"));
    assertSameOutsidePersonalData(plain.get("data"), redacted.get("data"), modelType, "/data");
  }

  /**
   * @param plain a value written as it is
   * @param redacted the same written redacted
   * @param type the value's model type, or null where the model has none
   * @param pointer where they are
   */
  private static void assertSameOutsidePersonalData(JsonNode plain, JsonNode redacted, Class<?> type, String pointer) {
    if (plain.isObject()) {
      assertThat(redacted.isObject()).as(pointer).isTrue();
      Set<String> names = new LinkedHashSet<>(plain.propertyNames());
      names.addAll(redacted.propertyNames());
      for (String name : names) {
        String at = pointer + "/" + name;
        if (isPersonal(type, name)) {
          JsonNode persons = plain.path(name);
          if (persons.isArray() && persons.size() > 0 && persons.get(0).isObject()) {
            assertThat(redacted.path(name).size()).as("persons kept at %s", at).isEqualTo(persons.size());
          }
          continue;
        }
        assertThat(redacted.has(name)).as("%s kept", at).isEqualTo(plain.has(name));
        assertSameOutsidePersonalData(plain.get(name), redacted.get(name), propertyType(type, name), at);
      }
    } else if (plain.isArray()) {
      assertThat(redacted.isArray() && redacted.size() == plain.size()).as(pointer).isTrue();
      for (int i = 0; i < plain.size(); i++) {
        assertSameOutsidePersonalData(plain.get(i), redacted.get(i), type, pointer + "/" + i);
      }
    } else {
      assertThat(redacted).as(pointer).isEqualTo(plain);
    }
  }

  private static void collectTexts(JsonNode node, List<String> texts) {
    if (node.isString()) {
      texts.add(node.asString());
    }
    node.properties().forEach(p -> {
      texts.add(p.getKey());
      collectTexts(p.getValue(), texts);
    });
    if (node.isArray()) {
      node.forEach(element -> collectTexts(element, texts));
    }
  }

  private static JsonNode tree(String document) {
    return PartnershipJson.mapper().readTree(document);
  }

  /**
   * @return the properties holding personal data, as {@code Type.property}, found by reflection over
   *     the model (not through the redaction's own code)
   */
  private static Set<String> personalProperties() {
    Set<String> names = new TreeSet<>();
    for (Class<?> type : SchemaTest.reachableTypes(Portfolio.class)) {
      for (Method method : type.getMethods()) {
        if (isPersonal(type, method.getName())) {
          names.add(type.getSimpleName() + "." + method.getName());
        }
      }
    }
    return names;
  }

  /**
   * A name alone does not say whether a property is personal (an answer's comment is, an indicator
   * period's is not), so the question is asked of the type that holds it.
   *
   * @param owner the model type of the object holding the property, or null where the model has none
   * @param name the property's name
   * @return whether its accessor is annotated {@code @PersonalData} or holds values of a
   *     {@code @PersonalData} type
   */
  static boolean isPersonal(Class<?> owner, String name) {
    return accessor(owner, name).filter(method -> method.isAnnotationPresent(PersonalData.class)
        || holdsPersons(method.getGenericReturnType())).isPresent();
  }

  /**
   * @param owner the model type of the object holding the property, or null where the model has none
   * @param name the property's name
   * @return the model type of the property's values (the elements of a list, the value of an
   *     optional), or null where the model has none
   */
  static Class<?> propertyType(Class<?> owner, String name) {
    return accessor(owner, name).map(method -> valueClass(method.getGenericReturnType())).orElse(null);
  }

  private static Optional<Method> accessor(Class<?> owner, String name) {
    if (owner == null) {
      return Optional.empty();
    }
    try {
      Method method = owner.getMethod(name);
      int modifiers = method.getModifiers();
      return Modifier.isStatic(modifiers) || Modifier.isFinal(modifiers) ? Optional.empty() : Optional.of(method);
    } catch (NoSuchMethodException e) {
      return Optional.empty();
    }
  }

  private static Class<?> valueClass(Type type) {
    if (type instanceof ParameterizedType parameterized) {
      Type[] arguments = parameterized.getActualTypeArguments();
      return valueClass(arguments[arguments.length - 1]);
    }
    return type instanceof Class<?> c ? c : null;
  }

  private static boolean holdsPersons(Type type) {
    if (type instanceof ParameterizedType parameterized) {
      return Stream.of(parameterized.getActualTypeArguments()).anyMatch(RedactionTest::holdsPersons);
    }
    return type instanceof Class<?> c && c.isAnnotationPresent(PersonalData.class);
  }
}
