package org.partnershipsdk.core.funding;

import java.util.Locale;
import org.partnershipsdk.core.internal.Texts;
import org.partnershipsdk.core.model.Coded;
import org.partnershipsdk.core.model.Label;

/**
 * Where a funding agreement stands (statut de la convention). Only a draft may lack its signature
 * date: validation reports any other status without one ({@code agreement.signature-date.missing}).
 */
public enum AgreementStatus implements Coded {
  /** Being negotiated, not signed yet (en cours de négociation). */
  DRAFT("draft", "Draft", "En projet"),
  /** Signed and running. */
  SIGNED("signed", "Signed", "Signée"),
  /** Signed, then changed by an amendment (avenant). */
  AMENDED("amended", "Amended", "Modifiée par avenant"),
  /** Carried out and closed: its obligations are settled. */
  CLOSED("closed", "Closed", "Clôturée"),
  /** Ended before its term (résiliation). */
  TERMINATED("terminated", "Terminated", "Résiliée");

  private final String code;
  private final Label label;

  AgreementStatus(String code, String en, String fr) {
    this.code = code;
    this.label = new Label(en, fr);
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String label(Locale locale) {
    return Texts.text("agreement-status." + code(), label, locale);
  }

  /** @return whether the agreement has been signed: every status but {@link #DRAFT} */
  public boolean isSigned() {
    return this != DRAFT;
  }
}
