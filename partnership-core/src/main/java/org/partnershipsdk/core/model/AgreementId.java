package org.partnershipsdk.core.model;

/**
 * Identifies a funding agreement (convention de financement). Typed, so that it cannot be passed
 * where another kind of identifier is expected.
 *
 * @param value the identifier's text: 1 to 200 characters, not blank, no control characters
 */
public record AgreementId(String value) {

  /**
   * @param value the identifier's text
   * @throws IncompleteValueException if it is null
   * @throws InvalidIdentifierException if it is blank, too long or holds control characters
   */
  public AgreementId {
    value = Identifiers.check("AgreementId", value);
  }

  /**
   * @param value the identifier's text
   * @return the identifier
   */
  public static AgreementId of(String value) {
    return new AgreementId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
