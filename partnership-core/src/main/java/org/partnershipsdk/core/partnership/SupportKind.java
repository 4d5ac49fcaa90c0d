package org.partnershipsdk.core.partnership;

import java.util.Locale;
import org.partnershipsdk.core.internal.Texts;
import org.partnershipsdk.core.model.Coded;
import org.partnershipsdk.core.model.Label;

/** A kind of support a supporting organisation gives a partner within a {@link Partnership}. */
public enum SupportKind implements Coded {
  /** Process support (accompagnement): following and strengthening the partner over time. */
  PROCESS_SUPPORT("process-support", "Process support", "Accompagnement"),
  /** Support to actions (appui aux actions): backing the partner's initiatives, often with funding. */
  SUPPORT_TO_ACTIONS("support-to-actions", "Support to actions", "Appui aux actions"),
  /** Technical support on request (appui technique à la demande), such as a short expert mission. */
  TECHNICAL_SUPPORT("technical-support", "Technical support on request", "Appui technique à la demande"),
  /** Linking partners together (mise en relation), so that they learn from one another. */
  LINKING_PARTNERS("linking-partners", "Linking partners together", "Mise en relation");

  private final String code;
  private final Label label;

  SupportKind(String code, String en, String fr) {
    this.code = code;
    this.label = new Label(en, fr);
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String label(Locale locale) {
    return Texts.text("support-kind." + code(), label, locale);
  }
}
