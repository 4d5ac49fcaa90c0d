package org.partnershipsdk.core.model;

/**
 * Identifies a programme (dispositif) such as CAAC or EXPLOR. Typed, so that it cannot be passed where another kind of identifier is
 * expected.
 *
 * @param value the identifier's text: 1 to 200 characters, not blank, no control characters
 */
public record ProgrammeId(String value) {

  /**
   * @param value the identifier's text
   * @throws IncompleteValueException if it is null
   * @throws InvalidIdentifierException if it is blank, too long or holds control characters
   */
  public ProgrammeId {
    value = Identifiers.check("ProgrammeId", value);
  }

  /**
   * @param value the identifier's text
   * @return the identifier
   */
  public static ProgrammeId of(String value) {
    return new ProgrammeId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
