package org.partnershipsdk.core.model;

import org.partnershipsdk.core.internal.Texts;

/**
 * Thrown when the text of a typed identifier is blank, longer than 200 characters, or holds
 * control characters.
 */
public final class InvalidIdentifierException extends PartnershipException {
  private static final long serialVersionUID = 1L;

  /**
   * @param kind the identifier's type, such as {@code InitiativeId}
   * @param value the rejected text
   */
  public InvalidIdentifierException(String kind, String value) {
    super("identifier.invalid", locale -> Texts.format("identifier.invalid", locale, java.util.Map.of(
        "kind", kind, "max", String.valueOf(Identifiers.MAX_LENGTH), "length", String.valueOf(value.length()))));
  }
}
