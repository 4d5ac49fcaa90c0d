package org.partnershipsdk.core.internal.validation;

import jakarta.validation.MessageInterpolator;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hibernate.validator.messageinterpolation.HibernateMessageInterpolatorContext;
import org.partnershipsdk.core.internal.Texts;
import org.partnershipsdk.core.validation.Violation;

/**
 * The message interpolator the SDK gives other engines (a framework's validator): the SDK's own
 * constraints, and the standard ones when the validated object is of the model, get the SDK's
 * message in the requested language, with their arguments; every other template goes to the
 * framework's interpolator. Not for public use.
 *
 * <p>Unlike the SDK's engine, whose messages are templates made distinct by their path, these are
 * the texts users read; violations of one check of one object that share their text are bounded
 * by {@link ConstraintReports#REPORTS_PER_CHECK} instead.
 */
public final class FrameworkMessageInterpolator implements MessageInterpolator {
  private static final String CORE = "org.partnershipsdk.core.";
  /** The core's packages that hold no model type; every other one does (model, initiative, funding...). */
  private static final Set<String> NOT_MODEL = Stream.of("validation", "validation.constraints", "rules", "check")
      .map(name -> CORE + name).collect(Collectors.toUnmodifiableSet());

  private final MessageInterpolator delegate;

  /** @param delegate the framework's interpolator, for templates that are not the SDK's */
  public FrameworkMessageInterpolator(MessageInterpolator delegate) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
  }

  @Override
  public String interpolate(String messageTemplate, Context context) {
    return interpolate(messageTemplate, context, Locale.getDefault());
  }

  @Override
  public String interpolate(String messageTemplate, Context context, Locale locale) {
    if (ViolationMapper.isCode(messageTemplate) && Texts.has(messageTemplate.substring(1, messageTemplate.length() - 1))
        || isDefaultTemplate(messageTemplate) && ofTheModel(context)) {
      Map<String, Object> arguments = ViolationMapper.attributes(context.getConstraintDescriptor());
      if (context instanceof HibernateMessageInterpolatorContext hibernate) {
        arguments.putAll(hibernate.getMessageParameters());
        arguments.putAll(hibernate.getExpressionVariables());
      }
      String code = ViolationMapper.code(messageTemplate, context.getConstraintDescriptor());
      return Texts.format(code, locale, org.partnershipsdk.core.text.Texts.quoted(arguments, Violation.MAX_QUOTED_LENGTH));
    }
    return delegate.interpolate(messageTemplate, context, locale);
  }

  /** The template a standard constraint has unless its user wrote a message of their own. */
  private static boolean isDefaultTemplate(String template) {
    return template.startsWith("{jakarta.validation.constraints.") || template.startsWith("{org.hibernate.validator.");
  }

  private static boolean ofTheModel(Context context) {
    return context instanceof HibernateMessageInterpolatorContext hibernate
        && isModel(hibernate.getRootBeanType().getPackageName());
  }

  private static boolean isModel(String packageName) {
    return packageName.startsWith(CORE) && !NOT_MODEL.contains(packageName)
        && !packageName.startsWith(CORE + "internal");
  }
}
