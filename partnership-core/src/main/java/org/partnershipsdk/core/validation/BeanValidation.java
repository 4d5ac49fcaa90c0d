package org.partnershipsdk.core.validation;

import jakarta.validation.Configuration;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.ValidationException;
import java.util.Collection;
import java.util.Objects;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.partnershipsdk.core.internal.validation.AccessorPropertySelection;
import org.partnershipsdk.core.internal.validation.ConstraintReports;
import org.partnershipsdk.core.internal.validation.FrameworkMessageInterpolator;
import org.partnershipsdk.core.internal.validation.ViolationMapper;

/**
 * Makes a Jakarta Validation engine of your own — the one Spring MVC's {@code @Valid
 * @RequestBody}, JAX-RS, Quarkus or Micronaut validate with — see the model's constraints, with the
 * SDK's codes and messages.
 *
 * <p>A validator built with no configuration finds almost nothing wrong in the model: its
 * constraints sit on accessors such as {@code name()}, which Jakarta Validation does not take for
 * properties (it reads {@code getName()}), so it sees only the checks of whole objects. Configure
 * the bootstrap once:
 *
 * <pre>{@code
 * Configuration<?> configuration = Validation.byDefaultProvider().configure();
 * BeanValidation.configure(configuration);
 * Validator validator = configuration.buildValidatorFactory().getValidator();
 * Set<ConstraintViolation<ContactPerson>> found = validator.validate(contact);   // @Valid sees them too
 * ValidationReport report = BeanValidation.report(found);                       // codes, paths, messages
 * }</pre>
 *
 * <p>A validator configured so reports, for any model value, the violations {@link ModelValidator}
 * reports, at the same paths and with the same codes; {@link ConstraintViolation#getMessage()} is the
 * SDK's message in the engine's language (a framework that passes the request's locale, as Spring
 * does, gets English or French per request). Two differences: one check of one object (the
 * portfolio's references, an initiative's participants) reports at most 1,000 violations
 * ({@link #reportsPerCheck()}), then one {@code validation.capped} violation on the object, so that a hostile
 * document cannot make the engine's work grow with the square of its faults; and standard
 * constraints ({@code @NotBlank}...) inside one of your own classes that holds a model value keep
 * your engine's messages, while their codes and paths are the SDK's.
 *
 * <p>Spring Boot users need none of this: {@code partnership-spring-boot-starter} configures
 * Boot's validator.
 */
public final class BeanValidation {
  private BeanValidation() {}

  /**
   * Configures a bootstrap: the model's accessors are properties, and the SDK's constraints (and
   * the standard ones on model values) get the SDK's messages, other templates going to the
   * configuration's default interpolator (or, without Jakarta Expression Language on the class
   * path, Hibernate Validator's {@code ParameterMessageInterpolator}).
   *
   * @param configuration a bootstrap's configuration; Hibernate Validator must be the provider
   * @throws IllegalArgumentException if the provider is not Hibernate Validator
   */
  public static void configure(Configuration<?> configuration) {
    MessageInterpolator interpolator;
    try {
      interpolator = Objects.requireNonNull(configuration, "configuration").getDefaultMessageInterpolator();
    } catch (ValidationException noExpressionLanguage) {
      interpolator = new ParameterMessageInterpolator();
    }
    configure(configuration, interpolator);
  }

  /**
   * Configures a bootstrap as {@link #configure(Configuration)} does, with your own interpolator
   * for the templates that are not the SDK's (one that reads your message bundle, or wraps a
   * framework's per-request locale).
   *
   * @param configuration a bootstrap's configuration; Hibernate Validator must be the provider
   * @param interpolator the interpolator of every template that is not the SDK's
   * @throws IllegalArgumentException if the provider is not Hibernate Validator
   */
  public static void configure(Configuration<?> configuration, MessageInterpolator interpolator) {
    if (!(configuration instanceof HibernateValidatorConfiguration hibernate)) {
      throw new IllegalArgumentException("The model's constraints need Hibernate Validator as the provider, not "
          + (configuration == null ? "null" : configuration.getClass().getName()));
    }
    hibernate.getterPropertySelectionStrategy(new AccessorPropertySelection())
        .messageInterpolator(messageInterpolator(interpolator));
  }

  /**
   * The SDK's interpolator alone, for a framework that builds its engine itself and takes an
   * interpolator (the property selection must then be set too: {@link #configure(Configuration,
   * MessageInterpolator)} does both).
   *
   * @param interpolator the interpolator of every template that is not the SDK's
   * @return an interpolator that gives the SDK's messages for the SDK's templates
   */
  public static MessageInterpolator messageInterpolator(MessageInterpolator interpolator) {
    return new FrameworkMessageInterpolator(interpolator);
  }

  /**
   * @param violation a violation from any Hibernate Validator engine, such as one in a
   *     framework's {@code ConstraintViolationException}
   * @return the SDK's violation: its code, path, redacted value and arguments
   */
  public static Violation violation(ConstraintViolation<?> violation) {
    return ViolationMapper.toViolation(Objects.requireNonNull(violation, "violation"));
  }

  /**
   * @param violations violations from any Hibernate Validator engine
   * @return them as the SDK's report, ordered by path then code, listing at most
   *     {@value ModelValidator#DEFAULT_VIOLATION_LIMIT} and counting the rest
   */
  public static ValidationReport report(Collection<? extends ConstraintViolation<?>> violations) {
    return ModelValidator.create().report(violations);
  }

  /** @return the most violations one check of one object reports in an engine of your own */
  public static int reportsPerCheck() {
    return ConstraintReports.REPORTS_PER_CHECK;
  }
}
