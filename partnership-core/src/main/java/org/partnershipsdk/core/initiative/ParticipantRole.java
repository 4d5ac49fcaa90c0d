package org.partnershipsdk.core.initiative;

import java.util.Locale;
import org.partnershipsdk.core.internal.Texts;
import org.partnershipsdk.core.model.Coded;
import org.partnershipsdk.core.model.Label;

/** A role an organisation plays in an {@link Initiative}; one participant may play several. */
public enum ParticipantRole implements Coded {
  /** Carries the project (porteur de projet); usually the partner, since initiatives emanate from it. */
  HOLDER("holder", "Holder", "Porteur de projet"),
  /** The partner on site (partenaire sur place), where the action happens. */
  LOCAL_PARTNER("local-partner", "Local partner", "Partenaire sur place"),
  /** Shares the holding of a co-constructed project (co-porteur en co-construction). */
  CO_HOLDER("co-holder", "Co-holder in co-construction", "Co-porteur en co-construction"),
  /** Funds the initiative (financeur). */
  FUNDER("funder", "Funder", "Financeur"),
  /** Funds part of the initiative beside another funder (cofinanceur). */
  CO_FUNDER("co-funder", "Co-funder", "Cofinanceur"),
  /** Gives technical support on request (structure d'appui technique). */
  TECHNICAL_SUPPORT("technical-support", "Technical support structure", "Structure d'appui technique"),
  /** Employs the volunteers sent on a mission (structure des volontaires). */
  VOLUNTEERS_STRUCTURE("volunteers-structure", "Volunteers' structure", "Structure des volontaires"),
  /** Takes part without holding or funding (associé): a university, a school, an association. */
  ASSOCIATE("associate", "Associate", "Associé"),
  /** The NGO that supports the partner (ONG d'appui), such as CCFD-Terre Solidaire. */
  SUPPORTING_ORGANISATION("supporting-organisation", "Supporting organisation", "Organisation d'appui");

  private final String code;
  private final Label label;

  ParticipantRole(String code, String en, String fr) {
    this.code = code;
    this.label = new Label(en, fr);
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String label(Locale locale) {
    return Texts.text("participant-role." + code(), label, locale);
  }
}
