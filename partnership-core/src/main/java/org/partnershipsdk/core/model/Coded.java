package org.partnershipsdk.core.model;

import java.util.Locale;

/**
 * A member of a closed code list: a stable code for storage and exchange, and labels in English and
 * French for people. Every enum of the model implements it.
 */
public interface Coded {

  /** @return the stable code, lower-case with hyphens (such as {@code north-south}); never changes */
  String code();

  /**
   * @param locale the reader's locale: French for {@code fr}, English for anything else
   * @return the label in that language
   */
  String label(Locale locale);

  /**
   * Finds the member of a code list with the given code.
   *
   * @param type the enum
   * @param code the stable code
   * @param <E> the enum type
   * @return the member
   * @throws UnknownCodeException if no member has that code
   */
  static <E extends Enum<E> & Coded> E fromCode(Class<E> type, String code) {
    if (code != null) {
      for (E e : type.getEnumConstants()) {
        if (e.code().equals(code)) {
          return e;
        }
      }
    }
    throw new UnknownCodeException(type.getSimpleName(), String.valueOf(code));
  }
}
