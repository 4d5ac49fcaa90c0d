package org.partnershipsdk.core.internal.validation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The standard constraints the model uses, checked as Jakarta Validation defines them and as
 * Hibernate Validator's validators do ({@code @NotBlank}: not null and not empty once trimmed;
 * {@code @Pattern}: the whole value matches; {@code @Positive}: a sign above zero...), each for the
 * types the model gives it. Any other standard constraint, or one of these on another type, is
 * left to Hibernate Validator ({@link CompiledEngine}). Not for public use.
 */
final class StandardConstraints {
  private static final Set<Class<?>> INTEGERS = Set.of(Integer.class, Long.class, Short.class, Byte.class,
      int.class, long.class, short.class, byte.class);

  private StandardConstraints() {}

  /**
   * @param constraint a constraint of the model
   * @param type the type of the values it checks (an optional's content, once unwrapped)
   * @return the check, or null when this class does not know it for that type
   */
  static Predicate<Object> check(ConstraintDescriptor<?> constraint, Class<?> type) {
    Annotation annotation = constraint.getAnnotation();
    if (annotation instanceof NotNull) {
      return value -> value != null;
    }
    if (annotation instanceof NotBlank && CharSequence.class.isAssignableFrom(type)) {
      return value -> value != null && !value.toString().trim().isEmpty();
    }
    if (annotation instanceof NotEmpty) {
      return notEmpty(type);
    }
    if (annotation instanceof Pattern pattern && CharSequence.class.isAssignableFrom(type)) {
      int flags = 0;
      for (Pattern.Flag flag : pattern.flags()) {
        flags |= flag.getValue();
      }
      java.util.regex.Pattern compiled = java.util.regex.Pattern.compile(pattern.regexp(), flags);
      return value -> value == null || compiled.matcher((CharSequence) value).matches();
    }
    if (annotation instanceof Positive) {
      return sign(type, 1);
    }
    if (annotation instanceof PositiveOrZero) {
      return sign(type, 0);
    }
    return null;
  }

  private static Predicate<Object> notEmpty(Class<?> type) {
    if (CharSequence.class.isAssignableFrom(type)) {
      return value -> value != null && ((CharSequence) value).length() > 0;
    }
    if (Collection.class.isAssignableFrom(type)) {
      return value -> value != null && !((Collection<?>) value).isEmpty();
    }
    if (Map.class.isAssignableFrom(type)) {
      return value -> value != null && !((Map<?, ?>) value).isEmpty();
    }
    return null;
  }

  /** Null is valid; otherwise the value's sign must be at least {@code least}. */
  private static Predicate<Object> sign(Class<?> type, int least) {
    if (INTEGERS.contains(type)) {
      return value -> value == null || Long.signum(((Number) value).longValue()) >= least;
    }
    if (type == BigDecimal.class) {
      return value -> value == null || ((BigDecimal) value).signum() >= least;
    }
    if (type == BigInteger.class) {
      return value -> value == null || ((BigInteger) value).signum() >= least;
    }
    return null;
  }
}
