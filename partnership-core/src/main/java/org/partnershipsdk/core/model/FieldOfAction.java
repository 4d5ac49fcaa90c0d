package org.partnershipsdk.core.model;

import java.util.Locale;
import org.partnershipsdk.core.internal.Texts;

/**
 * A field of action (champ d'action, thématique) of an organisation or an initiative. The list is
 * closed; {@link #OTHER} is the escape, and an organisation or initiative that uses it names its
 * field in its own words ({@code otherFieldOfAction}).
 *
 * <p>Each field maps onto one sector of the OECD Development Assistance Committee
 * ({@linkplain #dacSectorCode() DAC 5-digit purpose code}), the sector vocabulary 1 of IATI
 * ({@code sector/@code}, codelist {@code Sector}), so that an export can state the sector of an
 * initiative from its fields. The DAC list is finer and organised differently: each field gets the
 * code that best covers it, as the table below says, and an export that knows better states its
 * own.
 *
 * <table>
 *   <caption>Fields of action and their DAC sectors</caption>
 *   <tr><th>field</th><th>DAC code</th><th>DAC sector</th></tr>
 *   <tr><td>{@link #FOOD_SOVEREIGNTY}</td><td>31120</td><td>Agricultural development</td></tr>
 *   <tr><td>{@link #PEACE_AND_DEMOCRACY}</td><td>15220</td><td>Civilian peace-building, conflict prevention and resolution</td></tr>
 *   <tr><td>{@link #SOCIAL_AND_SOLIDARITY_ECONOMY}</td><td>32130</td><td>Small and medium-sized enterprises (SME) development (the DAC list has no code for the social and solidarity economy)</td></tr>
 *   <tr><td>{@link #MIGRATION}</td><td>15190</td><td>Facilitation of orderly, safe, regular and responsible migration and mobility</td></tr>
 *   <tr><td>{@link #ENERGY}</td><td>23210</td><td>Energy generation, renewable sources - multiple technologies</td></tr>
 *   <tr><td>{@link #HEALTH}</td><td>12220</td><td>Basic health care</td></tr>
 *   <tr><td>{@link #SOCIAL_PROTECTION}</td><td>16010</td><td>Social Protection</td></tr>
 *   <tr><td>{@link #YOUTH_AND_EMPLOYMENT}</td><td>16020</td><td>Employment creation</td></tr>
 *   <tr><td>{@link #ENVIRONMENT}</td><td>41010</td><td>Environmental policy and administrative management</td></tr>
 *   <tr><td>{@link #EDUCATION}</td><td>11110</td><td>Education policy and administrative management (education, level unspecified)</td></tr>
 *   <tr><td>{@link #WATER_AND_SANITATION}</td><td>14030</td><td>Basic drinking water supply and basic sanitation</td></tr>
 *   <tr><td>{@link #GENDER_EQUALITY}</td><td>15170</td><td>Women's rights organisations and movements, and government institutions</td></tr>
 *   <tr><td>{@link #HUMAN_RIGHTS}</td><td>15160</td><td>Human rights</td></tr>
 *   <tr><td>{@link #EMERGENCY_RELIEF}</td><td>72010</td><td>Material relief assistance and services</td></tr>
 *   <tr><td>{@link #OTHER}</td><td>99810</td><td>Sectors not specified</td></tr>
 * </table>
 *
 * <p>The codes are those of IATI's {@code Sector} codelist (version 2.03, every one active), which
 * partnership-iati ships; its tests check each one against it.
 */
public enum FieldOfAction implements Coded {
  /** Production, land, marketing, biodiversity. */
  FOOD_SOVEREIGNTY("food-sovereignty", "Food sovereignty", "Souveraineté alimentaire", "31120"),
  /** Peace building, reconciliation, rule of law, minority rights. */
  PEACE_AND_DEMOCRACY("peace-and-democracy", "Peace and democracy", "Paix et démocratie", "15220"),
  /** Social and solidarity economy (ESS). */
  SOCIAL_AND_SOLIDARITY_ECONOMY("social-and-solidarity-economy", "Social and solidarity economy",
      "Économie sociale et solidaire", "32130"),
  /** Migration and diasporas. */
  MIGRATION("migration", "Migration", "Migrations", "15190"),
  /** Access to energy. */
  ENERGY("energy", "Energy", "Énergie", "23210"),
  /** Health. */
  HEALTH("health", "Health", "Santé", "12220"),
  /** Social protection and social security. */
  SOCIAL_PROTECTION("social-protection", "Social protection", "Protection sociale", "16010"),
  /** Youth, vocational training and employment. */
  YOUTH_AND_EMPLOYMENT("youth-and-employment", "Youth and employment", "Jeunesse et emploi", "16020"),
  /** Environment and climate. */
  ENVIRONMENT("environment", "Environment", "Environnement", "41010"),
  /** Education and training. */
  EDUCATION("education", "Education", "Éducation", "11110"),
  /** Water and sanitation. */
  WATER_AND_SANITATION("water-and-sanitation", "Water and sanitation", "Eau et assainissement", "14030"),
  /** Women's rights and gender equality. */
  GENDER_EQUALITY("gender-equality", "Gender equality", "Égalité femmes-hommes", "15170"),
  /** Human rights and citizenship. */
  HUMAN_RIGHTS("human-rights", "Human rights", "Droits humains", "15160"),
  /** Emergency relief and recovery. */
  EMERGENCY_RELIEF("emergency-relief", "Emergency relief and recovery", "Urgence et relèvement", "72010"),
  /**
   * None of the above (since schema version 1.2): the organisation or initiative names its field in
   * its own words, in {@code otherFieldOfAction}.
   */
  OTHER("other", "Other", "Autre", "99810");

  private final String code;
  private final Label label;
  private final String dacSectorCode;

  FieldOfAction(String code, String en, String fr, String dacSectorCode) {
    this.code = code;
    this.label = new Label(en, fr);
    this.dacSectorCode = dacSectorCode;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String label(Locale locale) {
    return Texts.text("field-of-action." + code(), label, locale);
  }

  /**
   * @return the OECD DAC 5-digit purpose code of the sector that best covers the field, such as
   *     {@code 31120} (agricultural development) for food sovereignty: IATI's sector vocabulary 1
   */
  public String dacSectorCode() {
    return dacSectorCode;
  }
}
