package org.partnershipsdk.core.initiative;

import java.util.Locale;
import org.partnershipsdk.core.internal.Texts;
import org.partnershipsdk.core.model.Coded;
import org.partnershipsdk.core.model.Label;

/**
 * Where a co-financing share stands (état d'un cofinancement): asked for, granted or refused by the
 * funder, then received.
 */
public enum CoFinancingStatus implements Coded {
  /** Asked for, no decision yet. */
  REQUESTED("requested", "Requested", "Demandé"),
  /** Granted by the funder (accordé), not received yet. */
  GRANTED("granted", "Granted", "Accordé"),
  /** Refused by the funder; it no longer counts towards the budget. */
  REFUSED("refused", "Refused", "Refusé"),
  /** Granted and received. */
  RECEIVED("received", "Received", "Reçu");

  private final String code;
  private final Label label;

  CoFinancingStatus(String code, String en, String fr) {
    this.code = code;
    this.label = new Label(en, fr);
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String label(Locale locale) {
    return Texts.text("co-financing-status." + code(), label, locale);
  }
}
