package org.partnershipsdk.core.partnership;

import java.util.Locale;
import org.partnershipsdk.core.internal.Texts;
import org.partnershipsdk.core.model.Coded;
import org.partnershipsdk.core.model.Label;

/** Where a {@link Partnership} stands: going on, on hold, or ended. */
public enum PartnershipStatus implements Coded {
  /** The relation goes on (active). */
  ACTIVE("active", "Active", "Active"),
  /** The relation is on hold (suspendue), for instance during a conflict, and expected to resume. */
  SUSPENDED("suspended", "Suspended", "Suspendue"),
  /** The relation has ended (terminée), whether or not its end date is known. */
  ENDED("ended", "Ended", "Terminée");

  private final String code;
  private final Label label;

  PartnershipStatus(String code, String en, String fr) {
    this.code = code;
    this.label = new Label(en, fr);
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String label(Locale locale) {
    return Texts.text("partnership-status." + code(), label, locale);
  }
}
