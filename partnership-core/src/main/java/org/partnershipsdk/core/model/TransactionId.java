package org.partnershipsdk.core.model;

/**
 * Identifies a transaction (a commitment, a disbursement, an expenditure...). Typed, so that it
 * cannot be passed where another kind of identifier is expected.
 *
 * @param value the identifier's text: 1 to 200 characters, not blank, no control characters
 */
public record TransactionId(String value) {

  /**
   * @param value the identifier's text
   * @throws IncompleteValueException if it is null
   * @throws InvalidIdentifierException if it is blank, too long or holds control characters
   */
  public TransactionId {
    value = Identifiers.check("TransactionId", value);
  }

  /**
   * @param value the identifier's text
   * @return the identifier
   */
  public static TransactionId of(String value) {
    return new TransactionId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
