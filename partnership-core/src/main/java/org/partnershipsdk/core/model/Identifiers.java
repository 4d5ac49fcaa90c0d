package org.partnershipsdk.core.model;

/** Checks the text of typed identifiers. */
final class Identifiers {
  static final int MAX_LENGTH = 200;

  private Identifiers() {}

  static String check(String kind, String value) {
    if (value == null) {
      throw new IncompleteValueException(kind);
    }
    if (value.isBlank() || value.length() > MAX_LENGTH || value.chars().anyMatch(Character::isISOControl)) {
      throw new InvalidIdentifierException(kind, value);
    }
    return value;
  }
}
