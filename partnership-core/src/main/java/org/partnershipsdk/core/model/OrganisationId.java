package org.partnershipsdk.core.model;

/**
 * Identifies an organisation (a partner, a supporting NGO, a funder...). Typed, so that it cannot be passed where another kind of identifier is
 * expected.
 *
 * @param value the identifier's text: 1 to 200 characters, not blank, no control characters
 */
public record OrganisationId(String value) {

  /**
   * @param value the identifier's text
   * @throws IncompleteValueException if it is null
   * @throws InvalidIdentifierException if it is blank, too long or holds control characters
   */
  public OrganisationId {
    value = Identifiers.check("OrganisationId", value);
  }

  /**
   * @param value the identifier's text
   * @return the identifier
   */
  public static OrganisationId of(String value) {
    return new OrganisationId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
