package org.partnershipsdk.core.funding;

import java.util.Locale;
import org.partnershipsdk.core.internal.Texts;
import org.partnershipsdk.core.model.Coded;
import org.partnershipsdk.core.model.Label;

/**
 * What a report owed under an agreement covers (type de rapport).
 */
public enum ReportKind implements Coded {
  /** What was done and achieved (rapport d'activité, rapport narratif intermédiaire). */
  NARRATIVE("narrative", "Narrative report", "Rapport narratif"),
  /** How the money was spent (rapport financier). */
  FINANCIAL("financial", "Financial report", "Rapport financier"),
  /** An auditor's report on the accounts (rapport d'audit). */
  AUDIT("audit", "Audit", "Audit"),
  /** The final report, narrative and financial, at the end of the agreement. */
  FINAL("final", "Final report", "Rapport final");

  private final String code;
  private final Label label;

  ReportKind(String code, String en, String fr) {
    this.code = code;
    this.label = new Label(en, fr);
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String label(Locale locale) {
    return Texts.text("report-kind." + code(), label, locale);
  }
}
