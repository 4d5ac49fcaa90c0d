package org.partnershipsdk.core.internal.validation;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;

/**
 * Lets Hibernate Validator read constraints from the model's record-style accessors
 * ({@code title()}), not only from {@code get…}/{@code is…} methods. Not for public use.
 */
public final class AccessorPropertySelection implements GetterPropertySelectionStrategy {
  private static final Set<String> NOT_PROPERTIES = Set.of(
      "toString", "hashCode", "getClass", "clone", "notify", "notifyAll", "wait", "finalize",
      "builder", "toBuilder");

  @Override
  public Optional<String> getProperty(ConstrainableExecutable executable) {
    String name = executable.getName();
    if (executable.getParameterTypes().length != 0
        || executable.getReturnType() == void.class
        || NOT_PROPERTIES.contains(name)
        || name.startsWith("with")) {
      return Optional.empty();
    }
    return Optional.of(propertyName(name, executable.getReturnType()));
  }

  private static String propertyName(String method, Class<?> returnType) {
    if (method.length() > 3 && method.startsWith("get") && Character.isUpperCase(method.charAt(3))) {
      return decapitalize(method.substring(3));
    }
    if (method.length() > 2 && method.startsWith("is") && Character.isUpperCase(method.charAt(2))
        && (returnType == boolean.class || returnType == Boolean.class)) {
      return decapitalize(method.substring(2));
    }
    return method;
  }

  private static String decapitalize(String s) {
    return s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
  }

  @Override
  public List<String> getGetterMethodNameCandidates(String propertyName) {
    String capitalized = propertyName.substring(0, 1).toUpperCase(Locale.ROOT) + propertyName.substring(1);
    return List.of(propertyName, "get" + capitalized, "is" + capitalized);
  }
}
