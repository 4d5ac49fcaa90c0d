package org.partnershipsdk.core.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
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

  private final Validator validator;

  private ModelValidator(Validator validator) {
    this.validator = validator;
  }

  /** @return a validator backed by the shared, lazily bootstrapped engine */
  public static ModelValidator create() {
    return new ModelValidator(ValidatorBootstrap.validator());
  }

  /**
   * Validates a value of the model (an organisation, an initiative, a portfolio...) and everything
   * it contains.
   *
   * @param value the value to check
   * @return every violation, ordered by path then code
   * @throws IllegalArgumentException if {@code value} is null
   */
  public ValidationReport validate(Object value) {
    if (value == null) {
      throw new IllegalArgumentException("Nothing to validate: the value is null");
    }
    Set<ConstraintViolation<Object>> found = validator.validate(value);
    List<Violation> violations = found.stream().map(ViolationMapper::toViolation).sorted(ORDER).toList();
    return new ValidationReport(violations);
  }

  /**
   * @param value the value to check
   * @return whether {@link #validate(Object)} finds nothing
   */
  public boolean isValid(Object value) {
    return validate(value).isValid();
  }
}
