package org.partnershipsdk.core.mission;

import java.util.Locale;
import java.util.Optional;
import org.partnershipsdk.core.internal.Texts;
import org.partnershipsdk.core.model.Coded;
import org.partnershipsdk.core.model.CountryCode;
import org.partnershipsdk.core.model.IncompleteValueException;
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
   * Derives the direction from where the volunteers come from and where the mission takes place,
   * "here" (France, the programmes' North) or "there" (abroad, the South), as an organisation's
   * {@code isInFrance()} tells it.
   *
   * @param volunteersCountry the country of the volunteers' structure
   * @param missionCountry the country of the mission's zone
   * @return North→South from France to abroad, South→North from abroad to France, South→South from
   *     abroad to abroad; empty for a mission from France to France, which has no direction
   * @throws IncompleteValueException if an argument is null
   */
  public static Optional<MissionDirection> between(CountryCode volunteersCountry, CountryCode missionCountry) {
    if (volunteersCountry == null || missionCountry == null) {
      throw new IncompleteValueException(volunteersCountry == null ? "volunteersCountry" : "missionCountry");
    }
    if (volunteersCountry.isFrance()) {
      return missionCountry.isFrance() ? Optional.empty() : Optional.of(NORTH_SOUTH);
    }
    return Optional.of(missionCountry.isFrance() ? SOUTH_NORTH : SOUTH_SOUTH);
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
