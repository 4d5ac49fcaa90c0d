package org.partnershipsdk.core.model;

import org.partnershipsdk.core.internal.Texts;

/** Thrown when a code is not a member of a closed code list (an enum of the model). */
public final class UnknownCodeException extends PartnershipException {
  private static final long serialVersionUID = 1L;

  private final String list;
  private final String unknownCode;

  /**
   * @param list the code list's name, such as {@code MissionType}
   * @param unknownCode the code that is not in it
   */
  public UnknownCodeException(String list, String unknownCode) {
    super("code.unknown",
        locale -> Texts.format("code.unknown", locale, java.util.Map.of("code", unknownCode, "list", list)));
    this.list = list;
    this.unknownCode = unknownCode;
  }

  /** @return the code list's name */
  public String list() {
    return list;
  }

  /** @return the code that was not found */
  public String unknownCode() {
    return unknownCode;
  }
}
