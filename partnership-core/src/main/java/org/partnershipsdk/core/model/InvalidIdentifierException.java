package org.partnershipsdk.core.model;

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
    super("identifier.invalid",
        "Invalid " + kind + ": an identifier is 1 to " + Identifiers.MAX_LENGTH
            + " characters, not blank, without control characters (got " + value.length() + " characters)",
        kind + " invalide : un identifiant fait de 1 à " + Identifiers.MAX_LENGTH
            + " caractères, non vide, sans caractère de contrôle (reçu " + value.length() + " caractères)");
  }
}
