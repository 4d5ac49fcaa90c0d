package org.partnershipsdk.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.partnershipsdk.json.internal.Bindings.ObjectBinding;

/**
 * The binding table is complete and every mixin matches its model type: Jackson silently ignores a
 * mixin method that matches nothing, which would turn a property into an unknown one.
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
  void everyMixinNamesEveryPropertyOfItsTypeInItsOrderAndNothingElse() {
    for (ObjectBinding object : Bindings.objects()) {
      Set<String> properties = properties(object.type()).stream().map(Method::getName)
          .collect(Collectors.toCollection(HashSet::new));
      List<String> order = Arrays.asList(object.mixin().getAnnotation(JsonPropertyOrder.class).value());
      assertThat(order).as(object.type().getSimpleName()).doesNotHaveDuplicates()
          .containsExactlyInAnyOrderElementsOf(properties);
      assertThat(jsonProperties(object.mixin())).as(object.type().getSimpleName()).containsExactlyElementsOf(order);
      assertThat(jsonProperties(object.builderMixin())).as(object.type().getSimpleName() + ".Builder")
          .containsExactlyElementsOf(order);
    }
  }

  @Test
  void everyMixinMethodExistsOnItsTarget() throws NoSuchMethodException {
    for (ObjectBinding object : Bindings.objects()) {
      for (Method method : object.mixin().getDeclaredMethods()) {
        assertThat(object.type().getMethod(method.getName(), method.getParameterTypes()).getReturnType())
            .as(object.type().getSimpleName() + "." + method.getName()).isEqualTo(method.getReturnType());
      }
      for (Method method : object.builderMixin().getDeclaredMethods()) {
        assertThat(object.builder().getMethod(method.getName(), method.getParameterTypes()))
            .as(object.builder().getName() + "." + method.getName()).isNotNull();
      }
    }
  }

  @Test
  void derivedMethodsAreNotProperties() {
    assertThat(Bindings.propertyOrder(org.partnershipsdk.core.model.Territory.class)).doesNotContain("isInFrance");
    assertThat(Bindings.propertyOrder(org.partnershipsdk.core.initiative.Initiative.class))
        .doesNotContain("holders", "isCoConstructed", "lastFollowUp", "legallyResponsible");
    assertThat(Bindings.propertyOrder(org.partnershipsdk.core.results.Activity.class)).doesNotContain("kind")
        .startsWith("statement", "indicators", "assumptions");
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

  private static List<String> jsonProperties(Class<?> mixin) {
    List<String> names = new ArrayList<>();
    for (Method method : mixin.getDeclaredMethods()) {
      JsonProperty property = method.getAnnotation(JsonProperty.class);
      if (property != null) {
        names.add(property.value());
      }
    }
    List<String> order = Arrays.asList(mixin.getEnclosingClass() == null
        ? mixin.getAnnotation(JsonPropertyOrder.class).value()
        : mixin.getEnclosingClass().getAnnotation(JsonPropertyOrder.class).value());
    names.sort((a, b) -> Integer.compare(order.indexOf(a), order.indexOf(b)));
    return names;
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
