package org.partnershipsdk.core.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.partnershipsdk.core.internal.validation.ValidatorBootstrap;
import org.partnershipsdk.core.internal.validation.ViolationMapper;

/**
 * The one entry point of validation: checks a model value and its whole graph with Hibernate
 * Validator, and returns every violation at once as the SDK's {@link Violation}s.
 *
 * <p>Drafts are meant to be validated: a value a form is still filling in can be built and passed
 * here, and the report lists everything left to fix, each with its path. Instances are thread-safe;
 * {@link #create()} is cheap after the first call, which bootstraps the engine.
 *
 * <pre>{@code
 * ValidationReport report = ModelValidator.create().validate(initiative);
 * report.violations().forEach(v -> System.out.println(v.path() + ": " + v.message(Locale.FRENCH)));
 * }</pre>
 */
public final class ModelValidator {
  private static final Comparator<Violation> ORDER =
      Comparator.comparing(Violation::path).thenComparing(Violation::code)
          .thenComparing(v -> v.invalidValue().orElse(""));

  /** How many violations a report lists unless {@link #withViolationLimit(int)} says otherwise. */
  public static final int DEFAULT_VIOLATION_LIMIT = 1_000;

  private final Validator validator;
  private final int limit;

  private ModelValidator(Validator validator, int limit) {
    this.validator = validator;
    this.limit = limit;
  }

  /**
   * @return a validator backed by the shared, lazily bootstrapped engine, listing at most
   *     {@value #DEFAULT_VIOLATION_LIMIT} violations per report
   */
  public static ModelValidator create() {
    return new ModelValidator(ValidatorBootstrap.validator(), DEFAULT_VIOLATION_LIMIT);
  }

  /**
   * A validator whose reports list at most {@code limit} violations, the first by path then code,
   * and count the rest in {@link ValidationReport#omitted()}: a value read from an untrusted source
   * can hold millions of faults, and a report of them all would be as large. Every violation is
   * still found; only the list is bounded.
   *
   * @param limit the most violations a report lists, at least 1; {@link Integer#MAX_VALUE} for all
   * @return a copy of this validator with that limit
   * @throws IllegalArgumentException if {@code limit} is below 1
   */
  public ModelValidator withViolationLimit(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("The violation limit must be at least 1, not " + limit);
    }
    return new ModelValidator(validator, limit);
  }

  /** @return the most violations a report lists */
  public int violationLimit() {
    return limit;
  }

  /**
   * Validates a value of the model (an organisation, an initiative, a portfolio...) and everything
   * it contains.
   *
   * @param value the value to check
   * @return every violation, ordered by path then code, up to the {@linkplain #violationLimit() limit}
   * @throws IllegalArgumentException if {@code value} is null
   */
  public ValidationReport validate(Object value) {
    if (value == null) {
      throw new IllegalArgumentException("Nothing to validate: the value is null");
    }
    return report(validator.validate(value));
  }

  /** The report of violations found by any engine, ordered and bounded as this validator's. */
  ValidationReport report(Collection<? extends ConstraintViolation<?>> found) {
    List<Violation> violations = found.stream().map(ViolationMapper::toViolation).sorted(ORDER).toList();
    if (violations.size() <= limit) {
      return new ValidationReport(violations);
    }
    return new ValidationReport(violations.subList(0, limit), violations.size() - limit);
  }

  /**
   * @param value the value to check
   * @return whether {@link #validate(Object)} finds nothing
   */
  public boolean isValid(Object value) {
    return validate(value).isValid();
  }
}
