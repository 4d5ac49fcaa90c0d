package org.partnershipsdk.json.internal;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * One model type written as a JSON object: its properties in the order they are written, each
 * found by its name alone. The accessor is the model type's method of that name; the builder's
 * setter follows from the accessor's type, as Immutables generates it: {@code name(T)} for a
 * {@code T} or an {@code Optional<T>} (unboxed for {@code Optional<Boolean>}), {@code name(int)}
 * for an {@code OptionalInt} and {@code name(long)} for an {@code OptionalLong}, and the varargs
 * {@code addName(E...)} for a {@code List<E>} or {@code Set<E>}. Not for public use.
 *
 * @param type the public abstract model type
 * @param builder the class of the builder its factory returns
 * @param factory the public factory of its builder ({@code Territory::builder})
 * @param properties its properties, in the order they are written
 */
record ObjectBinding(Class<?> type, Class<?> builder, Supplier<?> factory, List<Property> properties) {

  /**
   * @param name the property's name on the wire, the accessor's name
   * @param accessor the model type's accessor, through which it is written
   * @param setter the builder's setter, through which it is read
   */
  record Property(String name, Method accessor, Method setter) {}

  ObjectBinding {
    properties = List.copyOf(properties);
  }

  /**
   * @param type the model type
   * @param factory its builder's factory
   * @param names its properties, in the order they are written
   * @return the binding, with every accessor and setter found
   * @throws IllegalStateException if a property has no accessor or no setter: the table is wrong
   */
  static ObjectBinding of(Class<?> type, Supplier<?> factory, String... names) {
    Class<?> builder = factory.get().getClass();
    List<Property> properties = new ArrayList<>(names.length);
    for (String name : names) {
      Method accessor = accessor(type, name);
      properties.add(new Property(name, accessor, setter(builder, accessor)));
    }
    return new ObjectBinding(type, builder, factory, properties);
  }

  /** @return the names of the properties, in the order they are written */
  List<String> names() {
    return properties.stream().map(Property::name).toList();
  }

  private static Method accessor(Class<?> type, String name) {
    try {
      Method accessor = type.getMethod(name);
      if (accessor.getReturnType() != void.class && !Modifier.isStatic(accessor.getModifiers())) {
        return accessor;
      }
    } catch (NoSuchMethodException e) {
      // reported below
    }
    throw new IllegalStateException("Binding of " + type.getName() + ": no accessor " + name + "()");
  }

  private static Method setter(Class<?> builder, Method accessor) {
    String name = accessor.getName();
    Class<?> raw = accessor.getReturnType();
    if (Collection.class.isAssignableFrom(raw)) {
      Class<?> element = typeArgument(accessor);
      return method(builder, "add" + Character.toUpperCase(name.charAt(0)) + name.substring(1),
          element.arrayType());
    }
    if (Map.class.isAssignableFrom(raw)) {
      throw new IllegalStateException("Binding of " + accessor.getDeclaringClass().getName() + "." + name
          + ": maps are not bound as properties");
    }
    if (raw == Optional.class) {
      Class<?> content = typeArgument(accessor);
      Class<?> primitive = primitive(content);
      return primitive != null && find(builder, name, primitive) != null
          ? method(builder, name, primitive) : method(builder, name, content);
    }
    if (raw == OptionalInt.class) {
      return method(builder, name, int.class);
    }
    if (raw == OptionalLong.class) {
      return method(builder, name, long.class);
    }
    if (raw == OptionalDouble.class) {
      return method(builder, name, double.class);
    }
    return method(builder, name, raw);
  }

  private static Class<?> typeArgument(Method accessor) {
    Type type = accessor.getGenericReturnType();
    if (type instanceof ParameterizedType parameterized) {
      Type argument = parameterized.getActualTypeArguments()[0];
      if (argument instanceof Class<?> raw) {
        return raw;
      }
      if (argument instanceof ParameterizedType nested && nested.getRawType() instanceof Class<?> raw) {
        return raw;
      }
    }
    throw new IllegalStateException("Binding of " + accessor.getDeclaringClass().getName() + "."
        + accessor.getName() + ": cannot tell the element type of " + type);
  }

  private static Class<?> primitive(Class<?> wrapper) {
    if (wrapper == Boolean.class) {
      return boolean.class;
    }
    if (wrapper == Integer.class) {
      return int.class;
    }
    if (wrapper == Long.class) {
      return long.class;
    }
    return null;
  }

  private static Method method(Class<?> builder, String name, Class<?> parameter) {
    Method method = find(builder, name, parameter);
    if (method == null) {
      throw new IllegalStateException("Binding of " + builder.getName() + ": no setter " + name + "("
          + parameter.getSimpleName() + ")");
    }
    return method;
  }

  private static Method find(Class<?> builder, String name, Class<?> parameter) {
    try {
      return builder.getMethod(name, parameter);
    } catch (NoSuchMethodException e) {
      return null;
    }
  }
}
