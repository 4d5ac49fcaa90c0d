package org.partnershipsdk.core.internal.validation;

import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.messageinterpolation.HibernateMessageInterpolatorContext;

/**
 * Builds the one Hibernate Validator engine the SDK uses. Not for public use.
 *
 * <p>Messages are produced by the SDK itself from stable codes ({@link ViolationMapper}), so the
 * engine's interpolator only hands the template back: no Expression Language is needed. Properties
 * are the model's accessors ({@code name()}), not JavaBean getters ({@link AccessorPropertySelection}).
 */
public final class ValidatorBootstrap {
  /**
   * Hibernate Validator announces its version at INFO when it starts ("HV000001: Hibernate Validator
   * ..."), a line that would reach every application's log through java.util.logging. Kept here
   * (loggers are held weakly) at WARNING unless the application's logging configuration set a level.
   */
  static final Logger START_UP_LOGGER = Logger.getLogger("org.hibernate.validator.internal.util.Version");

  private ValidatorBootstrap() {}

  private static final class Holder {
    static final ValidatorFactory FACTORY = build();
    static final Validator VALIDATOR = FACTORY.getValidator();
  }

  /** @return the shared, thread-safe validator */
  public static Validator validator() {
    return Holder.VALIDATOR;
  }

  /** @return the factory of {@link #validator()}: its validators' factory, its clock */
  public static ValidatorFactory factory() {
    return Holder.FACTORY;
  }

  /**
   * @return whether the application's {@code META-INF/validation.xml} configures the engine
   *     (mappings, resolvers, a default group sequence): the compiled engine then stays off, since
   *     not all of that shows in the metadata it reads
   */
  public static boolean configuredByXml() {
    return ValidatorBootstrap.class.getClassLoader().getResource("META-INF/validation.xml") != null
        || Thread.currentThread().getContextClassLoader() != null
        && Thread.currentThread().getContextClassLoader().getResource("META-INF/validation.xml") != null;
  }

  private static ValidatorFactory build() {
    if (START_UP_LOGGER.getLevel() == null) {
      START_UP_LOGGER.setLevel(Level.WARNING);
    }
    HibernateValidatorConfiguration configuration = Validation.byProvider(HibernateValidator.class)
        .providerResolver(() -> List.of(new HibernateValidator()))
        .configure()
        .messageInterpolator(new TemplateInterpolator())
        .getterPropertySelectionStrategy(new AccessorPropertySelection())
        .constraintValidatorPayload(ConstraintReports.SDK_ENGINE);
    return configuration.buildValidatorFactory();
  }

  /**
   * Hands the template back with the violation's path: the SDK interpolates from the code later, per
   * locale, so the engine's message only has to tell violations apart. It must: the engine keeps
   * violations in a hash set, and those a cross-field constraint reports on one object (a portfolio's
   * unknown references, an initiative's duplicate participants) share their template, their beans and
   * the hash of their path's last node, so that without the path in the message they collide, and
   * collecting n of them costs n² comparisons.
   */
  private static final class TemplateInterpolator implements MessageInterpolator {
    @Override
    public String interpolate(String messageTemplate, Context context) {
      if (context instanceof HibernateMessageInterpolatorContext hibernate && hibernate.getPropertyPath() != null) {
        return messageTemplate + " at " + hibernate.getPropertyPath();
      }
      return messageTemplate;
    }

    @Override
    public String interpolate(String messageTemplate, Context context, Locale locale) {
      return interpolate(messageTemplate, context);
    }
  }
}
