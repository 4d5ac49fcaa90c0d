package org.partnershipsdk.core.funding;

import java.util.Locale;
import org.partnershipsdk.core.internal.Texts;
import org.partnershipsdk.core.model.Coded;
import org.partnershipsdk.core.model.Label;

/**
 * Where a planned payment of an agreement stands (état d'une tranche).
 */
public enum TrancheStatus implements Coded {
  /** Planned by the agreement, not asked for yet. */
  PLANNED("planned", "Planned", "Prévue"),
  /** Asked for by the recipient (appel de fonds). */
  REQUESTED("requested", "Requested", "Appelée"),
  /** Paid by the funder; the tranche says when and how much. */
  PAID("paid", "Paid", "Versée");

  private final String code;
  private final Label label;

  TrancheStatus(String code, String en, String fr) {
    this.code = code;
    this.label = new Label(en, fr);
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String label(Locale locale) {
    return Texts.text("tranche-status." + code(), label, locale);
  }
}
