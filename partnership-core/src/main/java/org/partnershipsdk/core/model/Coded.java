package org.partnershipsdk.core.model;

import java.util.Locale;

/**
 * A member of a closed code list: a stable code for storage and exchange, and labels in English,
 * French and Spanish for people. Every enum of the model implements it.
 */
public interface Coded {

  /** @return the stable code, lower-case with hyphens (such as {@code north-south}); never changes */
  String code();

  /**
   * @param locale the reader's locale: the SDK's code lists have labels in English, French and
   *     Spanish ({@code fr-CA} reads French, {@code es-SV} Spanish); any other language reads
   *     English, unless a bundle of yours gives it
   *     ({@link org.partnershipsdk.core.text.Texts#addBundle(String)})
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
