package org.partnershipsdk.core.mission;

import java.util.Locale;
import org.partnershipsdk.core.internal.Texts;
import org.partnershipsdk.core.model.Coded;
import org.partnershipsdk.core.model.Label;

/**
 * Which way the expertise travels (sens de la mission): from the volunteers' home to the project's
 * place. The EXPLOR programme started with North→South missions and now seeks South→North and
 * South→South ones, to counter the idea that knowledge only flows from the North.
 */
public enum MissionDirection implements Coded {
  /** Volunteers from the North support a project in the South (Nord-Sud). */
  NORTH_SOUTH("north-south", "North to South", "Nord-Sud"),
  /** Volunteers from the South support a project or structure in the North (Sud-Nord). */
  SOUTH_NORTH("south-north", "South to North", "Sud-Nord"),
  /** Volunteers from the South support a project elsewhere in the South (Sud-Sud). */
  SOUTH_SOUTH("south-south", "South to South", "Sud-Sud");

  private final String code;
  private final Label label;

  MissionDirection(String code, String en, String fr) {
    this.code = code;
    this.label = new Label(en, fr);
  }

  /**
   * Tells the missions that mobilise expertise from the South, which the programme wants more of.
   *
   * @return whether the volunteers come from the South (South→North or South→South)
   */
  public boolean isFromTheSouth() {
    return this != NORTH_SOUTH;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String label(Locale locale) {
    return Texts.text("mission-direction." + code(), label, locale);
  }
}
