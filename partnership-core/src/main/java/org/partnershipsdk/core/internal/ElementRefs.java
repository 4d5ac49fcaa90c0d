package org.partnershipsdk.core.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.partnershipsdk.core.model.Referable;

/**
 * Finds the stable reference of the element a violation or a finding is about: walks a path from
 * the value it was found on, accessor by accessor and index by index, and keeps the reference of
 * the last {@link Referable} element it passes, whether a list index or a property led to it. Not for public use.
 */
public final class ElementRefs {
  private static final Map<Class<?>, Map<String, Optional<Method>>> ACCESSORS = new ConcurrentHashMap<>();

  private ElementRefs() {}

  /**
   * @param root the value the path starts from, such as an initiative
   * @param segments the path's property names and list indexes, such as
   *     {@code [evaluations, 1, period, end]}
   * @return the reference of the innermost referenced element the path goes through, from the
   *     root itself to the last segment's element; empty when none has one or the path leaves the
   *     model
   */
  public static Optional<String> innermost(Object root, List<String> segments) {
    Object current = root;
    String found = root instanceof Referable element ? element.ref().orElse(null) : null;
    for (int i = 0; i < segments.size() && current != null; i++) {
      String segment = segments.get(i);
      if (current instanceof List<?> list) {
        int index = index(segment);
        current = index >= 0 && index < list.size() ? list.get(index) : null;
      } else {
        current = unwrap(property(current, segment));
      }
      // an element reached through a property (an overall objective, a baseline, a period's
      // actual) counts as much as one reached through a list index
      if (current instanceof Referable element && element.ref().isPresent()) {
        found = element.ref().get();
      }
    }
    return Optional.ofNullable(found);
  }

  /**
   * @param path a property path as rules write them, such as {@code evaluations[1].period.end}
   * @return its property names and list indexes, such as {@code [evaluations, 1, period, end]}
   */
  public static List<String> segments(String path) {
    List<String> segments = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= path.length(); i++) {
      char c = i == path.length() ? '.' : path.charAt(i);
      if (c == '.' || c == '[' || c == ']') {
        if (i > start) {
          segments.add(path.substring(start, i));
        }
        start = i + 1;
      }
    }
    return segments;
  }

  /**
   * @param segments property names and list indexes, such as {@code [participants, 0, roles]}
   * @return the path rules and validation write, such as {@code participants[0].roles}: the
   *     inverse of {@link #segments(String)}
   */
  public static String path(List<String> segments) {
    StringBuilder path = new StringBuilder();
    for (String segment : segments) {
      if (index(segment) >= 0) {
        path.append('[').append(segment).append(']');
      } else {
        path.append(path.length() == 0 ? "" : ".").append(segment);
      }
    }
    return path.toString();
  }

  private static int index(String segment) {
    if (segment.isEmpty() || segment.length() > 9) {
      return -1;
    }
    int index = 0;
    for (int i = 0; i < segment.length(); i++) {
      char c = segment.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      index = index * 10 + (c - '0');
    }
    return index;
  }

  private static Object unwrap(Object value) {
    return value instanceof Optional<?> optional ? optional.orElse(null) : value;
  }

  private static Object property(Object owner, String name) {
    Optional<Method> accessor = ACCESSORS.computeIfAbsent(owner.getClass(), c -> new ConcurrentHashMap<>())
        .computeIfAbsent(name, n -> accessor(owner.getClass(), n));
    if (accessor.isEmpty()) {
      return null;
    }
    try {
      return accessor.get().invoke(owner);
    } catch (IllegalAccessException | InvocationTargetException | RuntimeException e) {
      return null; // not a model accessor after all: the reference is only unknown
    }
  }

  /** The public accessor of that name, declared by a public type so that it can be called. */
  private static Optional<Method> accessor(Class<?> type, String name) {
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      if (!Modifier.isPublic(c.getModifiers())) {
        continue;
      }
      try {
        Method method = c.getMethod(name);
        if (Modifier.isPublic(method.getDeclaringClass().getModifiers()) && method.getReturnType() != void.class) {
          return Optional.of(method);
        }
      } catch (NoSuchMethodException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }
}
