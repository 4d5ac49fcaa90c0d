package org.partnershipsdk.core.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.partnershipsdk.core.internal.validation.CompiledEngine;
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
  /**
   * By path, code and value, then by arguments and segments: an order in which only equal
   * violations tie, so that violations that share the first three (one check reporting twice at one
   * place) come out in one order whichever engine found them, in whichever order.
   */
  static final Comparator<Violation> ORDER =
      Comparator.comparing(Violation::path).thenComparing(Violation::code)
          .thenComparing(v -> v.invalidValue().orElse(""))
          .thenComparing(v -> canonical(v.arguments()))
          .thenComparing(v -> String.join("\u0000", v.segments()));

  /** How many violations a report lists unless {@link #withViolationLimit(int)} says otherwise. */
  public static final int DEFAULT_VIOLATION_LIMIT = 1_000;

  /**
   * The system property that chooses the engine when a validator is created: {@code hibernate}
   * validates with Hibernate Validator alone; {@code compiled} with the compiled plans alone, and
   * fails where they cannot (for the SDK's own tests); unset or {@code auto}, the default, with the
   * compiled plans wherever they apply and Hibernate Validator elsewhere.
   */
  static final String ENGINE_PROPERTY = "partnership.validation.engine";

  private enum Engine { AUTO, HIBERNATE, COMPILED }

  private final Validator validator;
  private final Engine engine;
  private final int limit;

  private ModelValidator(Validator validator, Engine engine, int limit) {
    this.validator = validator;
    this.engine = engine;
    this.limit = limit;
  }

  /**
   * @return a validator backed by the shared, lazily bootstrapped engine, listing at most
   *     {@value #DEFAULT_VIOLATION_LIMIT} violations per report
   */
  public static ModelValidator create() {
    return new ModelValidator(ValidatorBootstrap.validator(), engine(), DEFAULT_VIOLATION_LIMIT);
  }

  private static Engine engine() {
    String chosen = System.getProperty(ENGINE_PROPERTY, "auto");
    return switch (chosen) {
      case "hibernate" -> Engine.HIBERNATE;
      case "compiled" -> Engine.COMPILED;
      case "auto", "" -> ValidatorBootstrap.configuredByXml() ? Engine.HIBERNATE : Engine.AUTO;
      default -> throw new IllegalArgumentException(
          ENGINE_PROPERTY + " must be auto, hibernate or compiled, not " + chosen);
    };
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
    return new ModelValidator(validator, engine, limit);
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
    if (engine != Engine.HIBERNATE) {
      try {
        return bounded(CompiledEngine.shared().validate(value));
      } catch (CompiledEngine.Unsupported unsupported) {
        if (engine == Engine.COMPILED) {
          throw new IllegalStateException("The compiled validation engine cannot validate a "
              + value.getClass().getName() + ": " + unsupported.getMessage(), unsupported);
        }
      } catch (RuntimeException failed) {
        if (engine == Engine.COMPILED) {
          throw failed;
        }
        // A getter or validator failed: Hibernate Validator reports it as it always has.
      }
    }
    return report(validator.validate(value));
  }

  /** The report of violations found by any engine, ordered and bounded as this validator's. */
  ValidationReport report(Collection<? extends ConstraintViolation<?>> found) {
    return bounded(found.stream().map(ViolationMapper::toViolation).toList());
  }

  private static final ValidationReport VALID = new ValidationReport(List.of());

  private ValidationReport bounded(List<Violation> found) {
    if (found.isEmpty()) {
      return VALID;
    }
    List<Violation> violations = found.stream().sorted(ORDER).toList();
    if (violations.size() <= limit) {
      return new ValidationReport(violations);
    }
    return new ValidationReport(violations.subList(0, limit), violations.size() - limit);
  }

  private static String canonical(Map<String, Object> arguments) {
    StringBuilder text = new StringBuilder();
    // The value's class too: 3 and "3" read alike but are different arguments.
    new TreeMap<>(arguments).forEach((name, value) -> text.append(name).append('=')
        .append(value instanceof Object[] array ? Arrays.deepToString(array) : String.valueOf(value))
        .append(" (").append(value == null ? "null" : value.getClass().getName()).append(")\n"));
    return text.toString();
  }

  /**
   * @param value the value to check
   * @return whether {@link #validate(Object)} finds nothing
   */
  public boolean isValid(Object value) {
    return validate(value).isValid();
  }
}
