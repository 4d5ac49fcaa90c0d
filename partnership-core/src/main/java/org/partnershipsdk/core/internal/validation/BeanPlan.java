package org.partnershipsdk.core.internal.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * What validating one class of bean takes, built once from Hibernate Validator's metadata
 * ({@link BeanPlans}): its own constraints, then each constrained property in turn (its
 * constraints, its elements' constraints, the cascades). Not for public use.
 *
 * @param classChecks the bean's own constraints (arrays, not lists: they are walked for every value)
 * @param properties its constrained or cascaded properties
 */
record BeanPlan(ConstraintCheck[] classChecks, Property[] properties) {
  /** A plan with nothing to check: values of a class without constraints. */
  static final BeanPlan EMPTY = new BeanPlan(new ConstraintCheck[0], new Property[0]);

  void validate(Object bean, Walk walk) {
    for (ConstraintCheck check : classChecks) {
      check.check(bean, bean, walk);
    }
    for (Property property : properties) {
      property.validate(bean, walk);
    }
  }

  /** How an element of a container is reached, and what its path shows. */
  enum Container {
    /** A list: each element, at its index. */
    LIST,
    /** Any other iterable (a set): each element, without index. */
    ITERABLE,
    /** A map's values, each at its key. */
    MAP_VALUE,
    /** An optional's content, or null when empty, at the property's own path. */
    OPTIONAL
  }

  /**
   * The constraints and cascade of a container's elements ({@code List<@Valid Participant>}).
   *
   * @param container which container
   * @param checks the elements' constraints
   * @param cascaded whether each element is validated as a bean
   */
  record Elements(Container container, ConstraintCheck[] checks, boolean cascaded) {
    void validate(Object value, Object bean, Walk walk) {
      switch (container) {
        case LIST -> {
          List<?> list = (List<?>) value;
          for (int i = 0, n = list.size(); i < n; i++) {
            walk.push(null, i);
            element(list.get(i), bean, walk);
            walk.pop();
          }
        }
        case ITERABLE -> {
          for (Object element : (Iterable<?>) value) {
            element(element, bean, walk);
          }
        }
        case MAP_VALUE -> {
          for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
            walk.push(null, entry.getKey());
            element(entry.getValue(), bean, walk);
            walk.pop();
          }
        }
        case OPTIONAL -> element(((Optional<?>) value).orElse(null), bean, walk);
      }
    }

    private void element(Object element, Object bean, Walk walk) {
      for (ConstraintCheck check : checks) {
        check.check(element, bean, walk);
      }
      if (cascaded && element != null) {
        walk.bean(element);
      }
    }
  }

  /**
   * One property of the bean.
   *
   * @param name its name in paths
   * @param getter reads it from the bean
   * @param checks its own constraints
   * @param unwrap whether they check the content of an {@code OptionalInt}, {@code OptionalLong} or
   *     {@code OptionalDouble} (null when empty), as Hibernate Validator does by default
   * @param elements its elements' constraints and cascade, or null
   * @param cascaded whether the value itself is validated as a bean ({@code @Valid Period period()})
   * @param delegate when some constraint of the property is checked by Hibernate Validator, the
   *     validator that checks them all (its cascades stay here: {@code elements} then only
   *     cascades); otherwise null
   */
  record Property(String name, Function<Object, Object> getter, ConstraintCheck[] checks, boolean unwrap,
      Elements elements, boolean cascaded, Validator delegate) {
    void validate(Object bean, Walk walk) {
      Object value = getter.apply(bean);
      walk.push(name);
      if (delegate != null) {
        delegated(bean, value, walk);
        if (elements != null && value != null) {
          elements.validate(value, bean, walk);
        }
      } else {
        Object checked = unwrap ? unwrapped(value) : value;
        for (ConstraintCheck check : checks) {
          check.check(checked, bean, walk);
        }
        if (elements != null && value != null) {
          elements.validate(value, bean, walk);
        }
      }
      if (cascaded && value != null) {
        walk.bean(value);
      }
      walk.pop();
    }

    /** Hibernate Validator checks the property's constraints (not its cascade) on the value read. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private void delegated(Object bean, Object value, Walk walk) {
      List<ConstraintViolation<?>> found = new ArrayList<>(
          delegate.validateValue((Class) bean.getClass(), name, value));
      walk.pop();
      for (ConstraintViolation<?> violation : found) {
        List<PathNode> nodes = new ArrayList<>();
        for (Path.Node node : violation.getPropertyPath()) {
          nodes.add(new PathNode(node.getName(), node.getIndex(), node.getKey()));
        }
        Object payload = violation.unwrap(org.hibernate.validator.engine.HibernateConstraintViolation.class)
            .getDynamicPayload(Map.class);
        walk.report(violation.getConstraintDescriptor(), violation.getMessageTemplate(), nodes,
            violation.getInvalidValue(), bean, payload);
      }
      walk.push(name);
    }

    private static Object unwrapped(Object value) {
      if (value instanceof OptionalInt optional) {
        return optional.isPresent() ? optional.getAsInt() : null;
      }
      if (value instanceof OptionalLong optional) {
        return optional.isPresent() ? optional.getAsLong() : null;
      }
      if (value instanceof OptionalDouble optional) {
        return optional.isPresent() ? optional.getAsDouble() : null;
      }
      return value;
    }
  }
}
