package org.partnershipsdk.core.model;

/**
 * Identifies a partnership between a supporting organisation and a partner. Typed, so that it cannot be passed where another kind of identifier is
 * expected.
 *
 * @param value the identifier's text: 1 to 200 characters, not blank, no control characters
 */
public record PartnershipId(String value) {

  /**
   * @param value the identifier's text
   * @throws IncompleteValueException if it is null
   * @throws InvalidIdentifierException if it is blank, too long or holds control characters
   */
  public PartnershipId {
    value = Identifiers.check("PartnershipId", value);
  }

  /**
   * @param value the identifier's text
   * @return the identifier
   */
  public static PartnershipId of(String value) {
    return new PartnershipId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
