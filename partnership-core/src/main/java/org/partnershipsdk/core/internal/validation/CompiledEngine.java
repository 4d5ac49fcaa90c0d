package org.partnershipsdk.core.internal.validation;

import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import org.partnershipsdk.core.validation.Violation;

/**
 * The SDK's fast path of validation: for each class of value met, a plan built once from Hibernate
 * Validator's own metadata ({@link BeanPlans}) that calls the SDK's validators with a light
 * context ({@link CheckContext}), checks the standard constraints the model uses itself
 * ({@link StandardConstraints}) and gives the rest of the standard ones to Hibernate Validator,
 * property by property. What a plan cannot reproduce exactly (a constraint that is neither the
 * SDK's nor standard, groups, group sequences, a validator's unusual request) is
 * {@link Unsupported}: the whole validation then goes to Hibernate Validator, so that the
 * violations are the same either way. Thread-safe. Not for public use.
 */
public final class CompiledEngine {
  private final ValidatorFactory factory;
  private final BeanPlans plans;
  /** Each class's plan, or why it has none. */
  private final ClassValue<Object> byClass = new ClassValue<>() {
    @Override
    protected Object computeValue(Class<?> type) {
      try {
        return plans.build(type);
      } catch (Unsupported unsupported) {
        return unsupported;
      }
    }
  };

  CompiledEngine(ValidatorFactory factory, Validator validator) {
    this.factory = factory;
    this.plans = new BeanPlans(factory, validator);
  }

  private static final class Holder {
    static final CompiledEngine SHARED = new CompiledEngine(ValidatorBootstrap.factory(), ValidatorBootstrap.validator());
  }

  /** @return the engine over the SDK's shared Hibernate Validator ({@link ValidatorBootstrap}) */
  public static CompiledEngine shared() {
    return Holder.SHARED;
  }

  /**
   * @param value a value to validate as a whole
   * @return every violation, unordered: the violations Hibernate Validator would report
   * @throws Unsupported when some class met is beyond the plans; nothing was reported
   */
  public List<Violation> validate(Object value) {
    Walk walk = new Walk(this, factory.getClockProvider());
    walk.bean(value);
    return walk.found();
  }

  BeanPlan plan(Class<?> type) {
    Object plan = byClass.get(type);
    if (plan instanceof BeanPlan found) {
      return found;
    }
    throw (Unsupported) plan;
  }

  /** Why a value cannot be validated by the compiled engine; Hibernate Validator must do it. */
  public static final class Unsupported extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unsupported(String reason) {
      super(reason, null, false, false);
    }
  }
}
