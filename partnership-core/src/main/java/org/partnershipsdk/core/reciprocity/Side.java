package org.partnershipsdk.core.reciprocity;

import java.util.Locale;
import org.partnershipsdk.core.internal.Texts;
import org.partnershipsdk.core.model.Coded;
import org.partnershipsdk.core.model.Label;

/**
 * The side a respondent speaks for in a reciprocity assessment (baromètre de la réciprocité). Each
 * side answers separately; the gap between sides is what the assessment is for.
 */
public enum Side implements Coded {
  /** The organisation that supports the partnership: the NGO, network or funder (organisation d'appui). */
  SUPPORTING_ORGANISATION("supporting-organisation", "Supporting organisation", "Organisation d'appui"),
  /** The partner it supports (partenaire). */
  PARTNER("partner", "Partner", "Partenaire"),
  /** Another participant of a multi-actor partnership: a co-holder, a local authority, a university... */
  OTHER_PARTICIPANT("other-participant", "Other participant", "Autre participant");

  private final String code;
  private final Label label;

  Side(String code, String en, String fr) {
    this.code = code;
    this.label = new Label(en, fr);
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String label(Locale locale) {
    return Texts.text("side." + code(), label, locale);
  }
}
