package org.partnershipsdk.core.model;

import java.util.Locale;
import java.util.Optional;
import org.partnershipsdk.core.internal.Texts;

/**
 * What a linked document is (catégorie de document), each mapped onto the closest code of the
 * IATI DocumentCategory list (version 2.03), which a funder's export needs. Several categories may
 * map onto one IATI code; {@link #OTHER} maps onto none, and an export chooses for it.
 */
public enum DocumentCategory implements Coded {
  /** Terms of reference of an action, an evaluation or a mission (termes de référence); IATI A02. */
  TERMS_OF_REFERENCE("terms-of-reference", "Terms of reference", "Termes de référence", "A02"),
  /** A diagnostic or feasibility study (étude préalable, diagnostic); IATI A01. */
  FEASIBILITY_STUDY("feasibility-study", "Feasibility study or diagnostic", "Étude préalable ou diagnostic", "A01"),
  /** A funding or partnership agreement, a contract (convention, contrat); IATI A11. */
  AGREEMENT("agreement", "Agreement or contract", "Convention ou contrat", "A11"),
  /** A memorandum of understanding between partners (protocole d'accord); IATI A09. */
  MEMORANDUM_OF_UNDERSTANDING("memorandum-of-understanding", "Memorandum of understanding", "Protocole d'accord",
      "A09"),
  /** A budget (budget prévisionnel); IATI A05. */
  BUDGET("budget", "Budget", "Budget", "A05"),
  /** A narrative, financial or final report of an action (rapport); IATI A08. */
  REPORT("report", "Report", "Rapport", "A08"),
  /** An evaluation or a review of the action (évaluation); IATI A07. */
  EVALUATION("evaluation", "Evaluation", "Évaluation", "A07"),
  /** A photograph or other image showing the action or its results (photo); IATI A08. */
  PHOTO("photo", "Photo", "Photo", "A08"),
  /** An organisation's annual report (rapport annuel); IATI B01. */
  ANNUAL_REPORT("annual-report", "Annual report", "Rapport annuel", "B01"),
  /** Another kind of document; no IATI code. */
  OTHER("other", "Other", "Autre", null);

  private final String code;
  private final Label label;
  private final String iatiCode;

  DocumentCategory(String code, String en, String fr, String iatiCode) {
    this.code = code;
    this.label = new Label(en, fr);
    this.iatiCode = iatiCode;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String label(Locale locale) {
    return Texts.text("document-category." + code(), label, locale);
  }

  /** @return the code of the IATI DocumentCategory list it maps onto, such as {@code A11}; none for {@link #OTHER} */
  public Optional<String> iatiCode() {
    return Optional.ofNullable(iatiCode);
  }
}
