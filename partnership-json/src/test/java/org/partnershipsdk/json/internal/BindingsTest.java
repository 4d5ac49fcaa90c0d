package org.partnershipsdk.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.partnershipsdk.core.model.Extensible;
import org.partnershipsdk.core.model.Label;
import org.partnershipsdk.core.model.Money;
import org.partnershipsdk.core.portfolio.Portfolio;
import org.partnershipsdk.core.model.Territory;
import org.partnershipsdk.json.PartnershipJson;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.introspect.BeanPropertyDefinition;
import tools.jackson.databind.json.JsonMapper;

/**
 * The binding table is complete and Jackson sees it: a property the table missed would be written
 * by no one and read back as an unknown one.
 */
class BindingsTest {
  private static final Set<String> NOT_PROPERTIES = Set.of("toString", "hashCode", "equals", "getClass",
      "unknownProperties");

  @Test
  void everyObjectTypeReachableFromThePortfolioIsBoundAndExtensible() {
    Set<Class<?>> bound = Bindings.objects().stream().map(ObjectBinding::type).collect(Collectors.toSet());
    Set<Class<?>> reachable = new LinkedHashSet<>();
    Deque<Class<?>> toVisit = new ArrayDeque<>(List.of(Portfolio.class));
    while (!toVisit.isEmpty()) {
      Class<?> type = toVisit.pop();
      if (!reachable.add(type)) {
        continue;
      }
      for (Method accessor : properties(type)) {
        for (Class<?> used : modelTypes(accessor.getGenericReturnType())) {
          if (!used.isEnum() && !used.isRecord() && used != Money.class) {
            toVisit.push(used);
          }
        }
      }
    }
    assertThat(reachable).hasSizeGreaterThan(30);
    assertThat(bound).containsAll(reachable);
    assertThat(bound).allSatisfy(type -> assertThat(Extensible.class).isAssignableFrom(type));
  }

  @Test
  void everyBindingNamesEveryPropertyOfItsTypeOnceAndNothingElse() {
    for (ObjectBinding object : Bindings.objects()) {
      List<String> accessors = properties(object.type()).stream().map(Method::getName).toList();
      assertThat(object.names()).as(object.type().getSimpleName()).doesNotHaveDuplicates()
          .containsExactlyInAnyOrderElementsOf(accessors);
    }
  }

  @Test
  void jacksonWritesAndReadsExactlyTheTablesProperties() {
    JsonMapper mapper = PartnershipJson.mapper();
    for (ObjectBinding object : Bindings.objects()) {
      Class<?> implementation = implementation(object);
      List<String> written = mapper._serializationContext()
          .introspectBeanDescription(mapper.constructType(implementation)).findProperties().stream()
          .filter(property -> property.hasGetter() && !property.getName().equals("unknownProperties"))
          .map(BeanPropertyDefinition::getName).toList();
      assertThat(written).as(implementation.getSimpleName()).containsExactlyElementsOf(object.names());
      DeserializationContext reading = mapper._deserializationContext();
      List<String> read = reading.introspectBeanDescriptionForBuilder(mapper.constructType(object.builder()),
              reading.introspectBeanDescriptionForCreation(mapper.constructType(object.type())))
          .findProperties().stream().filter(property -> property.hasSetter()).map(BeanPropertyDefinition::getName).toList();
      assertThat(read).as(object.builder().getName()).containsExactlyInAnyOrderElementsOf(object.names());
    }
  }

  @Test
  void aTableNamingAnAccessorOrASetterThatDoesNotExistFailsAtOnce() {
    assertThatThrownBy(() -> ObjectBinding.of(Territory.class, Territory::builder, "country", "colour"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("no accessor colour()");
    assertThatThrownBy(() -> ObjectBinding.of(Territory.class, Territory::builder, "isInFrance"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("no setter isInFrance(boolean)");
  }

  @Test
  void derivedMethodsAreNotProperties() {
    assertThat(Bindings.propertyOrder(org.partnershipsdk.core.model.Territory.class)).doesNotContain("isInFrance");
    assertThat(Bindings.propertyOrder(org.partnershipsdk.core.initiative.Initiative.class))
        .doesNotContain("holders", "isCoConstructed", "lastFollowUp", "legallyResponsible");
    assertThat(Bindings.propertyOrder(org.partnershipsdk.core.results.Activity.class)).doesNotContain("kind")
        .startsWith("ref", "statement", "indicators", "assumptions");
    assertThat(Bindings.propertyOrder(org.partnershipsdk.core.mission.VolunteerMission.class))
        .doesNotContain("effectiveDurationDays", "lastDay", "remotePreparationDays");
    assertThat(Bindings.propertyOrder(org.partnershipsdk.core.model.Period.class)).containsExactly("start", "end");
  }

  /** @return the type's properties: its public accessors that are neither final (derived) nor static */
  private static List<Method> properties(Class<?> type) {
    List<Method> properties = new ArrayList<>();
    for (Method method : type.getMethods()) {
      int modifiers = method.getModifiers();
      if (method.getParameterCount() == 0 && !Modifier.isStatic(modifiers) && !Modifier.isFinal(modifiers)
          && method.getReturnType() != void.class && !NOT_PROPERTIES.contains(method.getName())
          && method.getDeclaringClass().getPackageName().startsWith("org.partnershipsdk.core")) {
        properties.add(method);
      }
    }
    return properties;
  }

  /** @return the generated class that implements the model type: what Jackson writes */
  private static Class<?> implementation(ObjectBinding object) {
    try {
      return Class.forName(object.type().getPackageName() + ".Immutable" + object.type().getSimpleName());
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }

  /** @return the model types a property's type names, its type arguments included */
  private static Set<Class<?>> modelTypes(Type type) {
    Set<Class<?>> found = new HashSet<>();
    if (type instanceof ParameterizedType parameterized) {
      for (Type argument : parameterized.getActualTypeArguments()) {
        found.addAll(modelTypes(argument));
      }
    } else if (type instanceof Class<?> raw && raw.getPackageName().startsWith("org.partnershipsdk.core")
        && raw != Label.class) {
      found.add(raw);
    }
    return found;
  }
}
