package org.partnershipsdk.core.internal.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.lang.reflect.Method;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.partnershipsdk.core.internal.ElementRefs;
import org.partnershipsdk.core.model.Coded;
import org.partnershipsdk.core.model.PersonalData;
import org.partnershipsdk.core.validation.Violation;

/** Turns Hibernate Validator's violations into the SDK's {@link Violation}. Not for public use. */
public final class ViolationMapper {
  /** Codes for the standard constraints, so that a message template never leaks as a code. */
  private static final Map<String, String> STANDARD_CODES = Map.ofEntries(
      Map.entry("NotNull", "value.required"),
      Map.entry("NotBlank", "value.blank"),
      Map.entry("NotEmpty", "value.empty"),
      Map.entry("Size", "value.size"),
      Map.entry("Min", "value.min"),
      Map.entry("Max", "value.max"),
      Map.entry("DecimalMin", "value.min"),
      Map.entry("DecimalMax", "value.max"),
      Map.entry("Positive", "value.positive"),
      Map.entry("PositiveOrZero", "value.positive-or-zero"),
      Map.entry("Pattern", "value.pattern"),
      Map.entry("Email", "value.email"),
      Map.entry("Digits", "value.digits"));
  private static final int MAX_VALUE_LENGTH = 200;
  private static final Map<Class<?>, Map<String, Boolean>> PERSONAL = new ConcurrentHashMap<>();

  private ViolationMapper() {}

  /**
   * @param violation a violation from the engine
   * @return the SDK's violation
   */
  public static Violation toViolation(ConstraintViolation<?> violation) {
    List<PathNode> nodes = new ArrayList<>();
    for (Path.Node node : violation.getPropertyPath()) {
      nodes.add(new PathNode(node.getName(), node.getIndex(), node.getKey()));
    }
    String code = code(violation.getMessageTemplate(), violation.getConstraintDescriptor());
    return violation(code, nodes, violation.getInvalidValue(), violation.getLeafBean(), violation.getRootBean(),
        arguments(violation.getConstraintDescriptor(), dynamicPayload(violation)));
  }

  /**
   * The SDK's violation from its parts, whichever engine found it.
   *
   * @param code the violation's code
   * @param nodes the path from the validated object, in order
   * @param value the invalid value, or null
   * @param leafBean the object that holds the invalid value, or null
   * @param rootBean the validated object the path starts from, for the reference of the element it leads to
   * @param arguments the arguments of the message
   * @return the violation, its path rendered and its value redacted as the SDK does
   */
  public static Violation violation(String code, List<PathNode> nodes, Object value, Object leafBean,
      Object rootBean, Map<String, Object> arguments) {
    List<String> segments = new ArrayList<>(nodes.size());
    StringBuilder path = new StringBuilder();
    String leafName = null;
    for (PathNode node : nodes) {
      if (node.index() != null && !segments.isEmpty()) {
        segments.add(node.index().toString());
        path.append('[').append(node.index()).append(']');
      } else if (node.key() != null && !segments.isEmpty()) {
        segments.add(node.key().toString());
        path.append('[').append(node.key()).append(']');
      }
      String name = node.name();
      if (name != null && !name.startsWith("<")) {
        segments.add(name);
        path.append(path.length() == 0 ? "" : ".").append(name);
        leafName = name;
      }
    }
    return new Violation(code, path.toString(), segments, render(value, leafBean, leafName), arguments,
        ElementRefs.innermost(rootBean, segments));
  }

  /**
   * @param template a violation's message template
   * @param constraint its constraint
   * @return the SDK's code for it: the template's own for the SDK's constraints, one per standard
   *     constraint otherwise, {@code value.invalid} for any other
   */
  public static String code(String template, ConstraintDescriptor<?> constraint) {
    if (isCode(template)) {
      return template.substring(1, template.length() - 1);
    }
    return STANDARD_CODES.getOrDefault(constraint.getAnnotation().annotationType().getSimpleName(), "value.invalid");
  }

  /**
   * @param template a message template
   * @return whether it is one code in braces, such as {@code {mission.duration.mismatch}}, and
   *     not one of Jakarta Validation's or Hibernate Validator's own
   */
  public static boolean isCode(String template) {
    return template.startsWith("{") && template.endsWith("}") && !template.startsWith("{jakarta.")
        && !template.startsWith("{org.hibernate.");
  }

  /**
   * @param constraint a constraint
   * @return its attributes a message may quote (bounds, patterns), not message, groups and payload
   */
  public static Map<String, Object> attributes(ConstraintDescriptor<?> constraint) {
    Map<String, Object> arguments = new LinkedHashMap<>();
    constraint.getAttributes().forEach((name, value) -> {
      if (!name.equals("message") && !name.equals("groups") && !name.equals("payload")) {
        arguments.put(name, value);
      }
    });
    return arguments;
  }

  /**
   * @param constraint the violated constraint
   * @param dynamicPayload what its validator passed with the violation, or null
   * @return the arguments of the message: the constraint's attributes, then the payload's entries
   */
  static Map<String, Object> arguments(ConstraintDescriptor<?> constraint, Object dynamicPayload) {
    Map<String, Object> arguments = attributes(constraint);
    if (dynamicPayload instanceof Map<?, ?> map) {
      map.forEach((name, value) -> arguments.put(String.valueOf(name), value));
    }
    return arguments;
  }

  private static Object dynamicPayload(ConstraintViolation<?> violation) {
    try {
      return violation.unwrap(HibernateConstraintViolation.class).getDynamicPayload(Map.class);
    } catch (RuntimeException notHibernate) {
      // Only Hibernate Validator carries dynamic payloads; the static attributes suffice otherwise.
      return null;
    }
  }

  private static Optional<String> render(Object value, Object leafBean, String leafName) {
    if (value == null) {
      return Optional.empty();
    }
    if (leafBean != null && (isPersonalType(leafBean.getClass()) || isPersonalProperty(leafBean.getClass(), leafName))
        || isPersonalType(value.getClass())) {
      return Optional.of(Violation.REDACTED);
    }
    if (!(value instanceof CharSequence || value instanceof Number || value instanceof Boolean
        || value instanceof Enum<?> || value instanceof TemporalAccessor || value instanceof Record
        || value instanceof Coded)) {
      return Optional.empty();
    }
    String text = value instanceof Coded coded ? coded.code() : String.valueOf(value);
    return Optional.of(text.length() > MAX_VALUE_LENGTH ? text.substring(0, MAX_VALUE_LENGTH) + "…" : text);
  }

  private static boolean isPersonalType(Class<?> type) {
    return type.isAnnotationPresent(PersonalData.class);
  }

  private static boolean isPersonalProperty(Class<?> type, String property) {
    if (property == null) {
      return false;
    }
    return PERSONAL.computeIfAbsent(type, t -> new ConcurrentHashMap<>())
        .computeIfAbsent(property, p -> declaresPersonal(type, p));
  }

  private static boolean declaresPersonal(Class<?> type, String property) {
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Method m : c.getDeclaredMethods()) {
        if (m.getParameterCount() == 0 && m.getName().equals(property) && m.isAnnotationPresent(PersonalData.class)) {
          return true;
        }
      }
      for (Class<?> i : c.getInterfaces()) {
        if (declaresPersonal(i, property)) {
          return true;
        }
      }
    }
    return false;
  }
}
