package org.partnershipsdk.core.internal.validation;

import jakarta.validation.ClockProvider;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.ContainerElementNodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.ContainerElementNodeBuilderDefinedContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.ContainerElementNodeContextBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.LeafNodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.LeafNodeBuilderDefinedContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.LeafNodeContextBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeContextBuilder;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintViolationBuilder;
import org.hibernate.validator.messageinterpolation.ExpressionLanguageFeatureLevel;
import org.hibernate.validator.messageinterpolation.MessageParameterEscaping;

/**
 * The context the compiled engine ({@link CompiledEngine}) hands a constraint's validator: what
 * Hibernate Validator's own context records that a {@code Violation} carries (templates, the nodes
 * of each path, the dynamic payload at the moment each violation is added), and nothing else:
 * message parameters and expression variables only feed an interpolator, which the SDK's
 * violations do not use. One per validation, reset before each check. Not for public use.
 */
final class CheckContext implements HibernateConstraintValidatorContext {
  /** A violation a validator built: its template, the nodes it added and the payload when it was added. */
  record Report(String template, List<PathNode> nodes, Object dynamicPayload) {}

  /** What makes two violations of one check the same one. */
  private record Place(String template, List<PathNode> nodes) {}

  private final ClockProvider clock;
  private ConstraintDescriptor<?> constraint;
  private boolean defaultDisabled;
  private Object dynamicPayload;
  private final List<Report> reports = new ArrayList<>();

  CheckContext(ClockProvider clock) {
    this.clock = clock;
  }

  /** Starts a check of one constraint. */
  CheckContext reset(ConstraintDescriptor<?> constraint) {
    this.constraint = constraint;
    defaultDisabled = false;
    dynamicPayload = null;
    if (!reports.isEmpty()) {
      reports.clear();
    }
    return this;
  }

  /**
   * @return the violations of a check that returned false, as Hibernate Validator keeps them: the
   *     default one unless disabled, then those built, each once
   * @throws CompiledEngine.Unsupported when the validator disabled the default violation and built
   *     none (Hibernate Validator throws then, and will say so)
   */
  List<Report> violations() {
    List<Report> found = new ArrayList<>(reports.size() + 1);
    if (!defaultDisabled) {
      found.add(new Report(constraint.getMessageTemplate(), List.of(), dynamicPayload));
    } else if (reports.isEmpty()) {
      throw new CompiledEngine.Unsupported("a check reported nothing though it failed: " + constraint);
    }
    if (reports.isEmpty()) {
      return found;
    }
    // Hibernate Validator keeps violations in a set: one template at one path of one check counts
    // once. A set here too, so that a check reporting n violations costs n, not n squared.
    Set<Place> seen = new HashSet<>(2 * found.size() + 2 * reports.size());
    found.forEach(report -> seen.add(new Place(report.template(), report.nodes())));
    for (Report report : reports) {
      if (seen.add(new Place(report.template(), report.nodes()))) {
        found.add(report);
      }
    }
    return found;
  }

  @Override
  public void disableDefaultConstraintViolation() {
    defaultDisabled = true;
  }

  @Override
  public String getDefaultConstraintMessageTemplate() {
    return constraint.getMessageTemplate();
  }

  @Override
  public ClockProvider getClockProvider() {
    return clock;
  }

  @Override
  public HibernateConstraintViolationBuilder buildConstraintViolationWithTemplate(String template) {
    return new Builder(template);
  }

  @Override
  public <T> T unwrap(Class<T> type) {
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    throw new CompiledEngine.Unsupported("a validator asked for its context as " + type.getName());
  }

  @Override
  public HibernateConstraintValidatorContext addMessageParameter(String name, Object value) {
    return this;
  }

  @Override
  public HibernateConstraintValidatorContext addMessageParameter(String name, Object value,
      MessageParameterEscaping escaping) {
    return this;
  }

  @Override
  public HibernateConstraintValidatorContext addExpressionVariable(String name, Object value) {
    return this;
  }

  @Override
  public HibernateConstraintValidatorContext withDynamicPayload(Object payload) {
    dynamicPayload = payload;
    return this;
  }

  @Override
  public <C> C getConstraintValidatorPayload(Class<C> type) {
    return type.isInstance(ConstraintReports.SDK_ENGINE) ? type.cast(ConstraintReports.SDK_ENGINE) : null;
  }

  /**
   * Every step of Jakarta Validation's violation builder at once: each step only adds a node or
   * sets the last node's index or key. Steps the SDK's validators never take (parameter and
   * container element nodes) make the whole validation go to Hibernate Validator.
   */
  private final class Builder implements HibernateConstraintViolationBuilder, NodeBuilderCustomizableContext,
      NodeContextBuilder, NodeBuilderDefinedContext, LeafNodeBuilderCustomizableContext, LeafNodeContextBuilder,
      LeafNodeBuilderDefinedContext, ContainerElementNodeBuilderCustomizableContext,
      ContainerElementNodeContextBuilder, ContainerElementNodeBuilderDefinedContext {
    private final String template;
    private final List<PathNode> nodes = new ArrayList<>(4);

    Builder(String template) {
      this.template = template;
    }

    @Override
    public Builder addPropertyNode(String name) {
      nodes.add(new PathNode(name, null, null));
      return this;
    }

    @Override
    public Builder addBeanNode() {
      nodes.add(new PathNode(null, null, null));
      return this;
    }

    @Override
    public Builder inIterable() {
      return this;
    }

    @Override
    public Builder atIndex(Integer index) {
      PathNode last = nodes.remove(nodes.size() - 1);
      nodes.add(new PathNode(last.name(), index, null));
      return this;
    }

    @Override
    public Builder atKey(Object key) {
      PathNode last = nodes.remove(nodes.size() - 1);
      nodes.add(new PathNode(last.name(), null, key));
      return this;
    }

    @Override
    public ConstraintValidatorContext addConstraintViolation() {
      reports.add(new Report(template, List.copyOf(nodes), dynamicPayload));
      return CheckContext.this;
    }

    @Override
    public HibernateConstraintViolationBuilder enableExpressionLanguage(ExpressionLanguageFeatureLevel level) {
      return this;
    }

    @Override
    @SuppressWarnings("deprecation")
    public Builder addNode(String name) {
      throw unsupported("addNode");
    }

    @Override
    public Builder inContainer(Class<?> containerClass, Integer typeArgumentIndex) {
      throw unsupported("inContainer");
    }

    @Override
    public Builder addContainerElementNode(String name, Class<?> containerType, Integer typeArgumentIndex) {
      throw unsupported("addContainerElementNode");
    }

    @Override
    public Builder addParameterNode(int index) {
      throw unsupported("addParameterNode");
    }

    private CompiledEngine.Unsupported unsupported(String step) {
      return new CompiledEngine.Unsupported("a validator built a path with " + step);
    }
  }
}
