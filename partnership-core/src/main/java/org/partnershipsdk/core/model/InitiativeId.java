package org.partnershipsdk.core.model;

/**
 * Identifies an initiative (a project that emanates from partners). Typed, so that it cannot be passed where another kind of identifier is
 * expected.
 *
 * @param value the identifier's text: 1 to 200 characters, not blank, no control characters
 */
public record InitiativeId(String value) {

  /**
   * @param value the identifier's text
   * @throws IncompleteValueException if it is null
   * @throws InvalidIdentifierException if it is blank, too long or holds control characters
   */
  public InitiativeId {
    value = Identifiers.check("InitiativeId", value);
  }

  /**
   * @param value the identifier's text
   * @return the identifier
   */
  public static InitiativeId of(String value) {
    return new InitiativeId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
