package org.partnershipsdk.core.mission;

import java.util.Locale;
import org.partnershipsdk.core.internal.Texts;
import org.partnershipsdk.core.model.Coded;
import org.partnershipsdk.core.model.Label;

/**
 * Where a {@link VolunteerMission} stands: planned, held, postponed or cancelled. What is expected
 * of a mission depends on it: a report after a mission that was held, nothing after one that was
 * cancelled.
 */
public enum MissionStatus implements Coded {
  /** The mission is planned (prévue): it is being prepared. */
  PLANNED("planned", "Planned", "Prévue"),
  /** The mission took place (réalisée). */
  HELD("held", "Held", "Réalisée"),
  /** The mission is put off to later dates (reportée), not yet set. */
  POSTPONED("postponed", "Postponed", "Reportée"),
  /** The mission will not take place (annulée). */
  CANCELLED("cancelled", "Cancelled", "Annulée");

  private final String code;
  private final Label label;

  MissionStatus(String code, String en, String fr) {
    this.code = code;
    this.label = new Label(en, fr);
  }

  /** @return whether the mission is not expected to take place on its dates: postponed or cancelled */
  public boolean isCalledOff() {
    return this == POSTPONED || this == CANCELLED;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String label(Locale locale) {
    return Texts.text("mission-status." + code(), label, locale);
  }
}
