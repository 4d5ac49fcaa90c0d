package org.partnershipsdk.core.internal.validation;

import jakarta.validation.ClockProvider;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.partnershipsdk.core.validation.Violation;

/**
 * One validation by the compiled engine: the path from the validated object to where it is, as a
 * stack that only becomes nodes when a violation is found, and the violations found. Not for
 * public use.
 */
final class Walk {
  private final CompiledEngine engine;
  private final CheckContext context;
  private final List<Violation> found = new ArrayList<>(0);
  private String[] names = new String[16];
  private Object[] indexes = new Object[16];
  private int depth;
  /** The beans being validated, from the validated object down to the current one. */
  private Object[] beans = new Object[16];
  private int beanDepth;

  Walk(CompiledEngine engine, ClockProvider clock) {
    this.engine = engine;
    this.context = new CheckContext(clock);
  }

  /**
   * Validates a bean at the current path: its own constraints, its properties, what it cascades to.
   * A bean met again below itself (a cycle) is skipped, as Hibernate Validator skips a bean already
   * validated at a path that begins the current one.
   */
  void bean(Object bean) {
    for (int i = 0; i < beanDepth; i++) {
      if (beans[i] == bean) {
        return;
      }
    }
    BeanPlan plan = engine.plan(bean.getClass());
    if (beanDepth == beans.length) {
      beans = Arrays.copyOf(beans, beanDepth * 2);
    }
    beans[beanDepth++] = bean;
    plan.validate(bean, this);
    beans[--beanDepth] = null;
  }

  /** Enters a property. */
  void push(String name) {
    push(name, null);
  }

  /** Enters an element of a container: {@code index} is its index in a list or its key in a map. */
  void push(String name, Object index) {
    if (depth == names.length) {
      names = Arrays.copyOf(names, depth * 2);
      indexes = Arrays.copyOf(indexes, depth * 2);
    }
    names[depth] = name;
    indexes[depth++] = index;
  }

  void pop() {
    depth--;
  }

  /** @return the context for a check of {@code constraint}, reset */
  CheckContext context(ConstraintDescriptor<?> constraint) {
    return context.reset(constraint);
  }

  /**
   * Adds a violation at the current path followed by {@code more}.
   *
   * @param constraint the violated constraint
   * @param template the violation's template: the constraint's, or one its validator built
   * @param more nodes below the current path
   * @param value the invalid value
   * @param leafBean the object that holds it
   * @param dynamicPayload the payload the validator passed, or null
   */
  void report(ConstraintDescriptor<?> constraint, String template, List<PathNode> more, Object value,
      Object leafBean, Object dynamicPayload) {
    List<PathNode> nodes = new ArrayList<>(depth + more.size());
    for (int i = 0; i < depth; i++) {
      Object index = indexes[i];
      nodes.add(index instanceof Integer position ? new PathNode(names[i], position, null)
          : new PathNode(names[i], null, index));
    }
    nodes.addAll(more);
    Map<String, Object> arguments = ViolationMapper.arguments(constraint, dynamicPayload);
    found.add(ViolationMapper.violation(ViolationMapper.code(template, constraint), nodes, value, leafBean,
        beans[0], arguments));
  }

  /** @return the violations found, in the order found */
  List<Violation> found() {
    return found;
  }
}
