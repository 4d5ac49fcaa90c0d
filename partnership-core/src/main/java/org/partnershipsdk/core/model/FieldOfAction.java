package org.partnershipsdk.core.model;

import java.util.Locale;
import org.partnershipsdk.core.internal.Texts;

/** A field of action (champ d'action, thématique) of an organisation or an initiative. */
public enum FieldOfAction implements Coded {
  /** Production, land, marketing, biodiversity. */
  FOOD_SOVEREIGNTY("food-sovereignty", "Food sovereignty", "Souveraineté alimentaire"),
  /** Peace building, reconciliation, rule of law, minority rights. */
  PEACE_AND_DEMOCRACY("peace-and-democracy", "Peace and democracy", "Paix et démocratie"),
  /** Social and solidarity economy (ESS). */
  SOCIAL_AND_SOLIDARITY_ECONOMY("social-and-solidarity-economy", "Social and solidarity economy",
      "Économie sociale et solidaire"),
  /** Migration and diasporas. */
  MIGRATION("migration", "Migration", "Migrations"),
  /** Access to energy. */
  ENERGY("energy", "Energy", "Énergie"),
  /** Health. */
  HEALTH("health", "Health", "Santé"),
  /** Social protection and social security. */
  SOCIAL_PROTECTION("social-protection", "Social protection", "Protection sociale"),
  /** Youth, vocational training and employment. */
  YOUTH_AND_EMPLOYMENT("youth-and-employment", "Youth and employment", "Jeunesse et emploi"),
  /** Environment and climate. */
  ENVIRONMENT("environment", "Environment", "Environnement"),
  /** Education and training. */
  EDUCATION("education", "Education", "Éducation"),
  /** Water and sanitation. */
  WATER_AND_SANITATION("water-and-sanitation", "Water and sanitation", "Eau et assainissement"),
  /** Women's rights and gender equality. */
  GENDER_EQUALITY("gender-equality", "Gender equality", "Égalité femmes-hommes"),
  /** Human rights and citizenship. */
  HUMAN_RIGHTS("human-rights", "Human rights", "Droits humains"),
  /** Emergency relief and recovery. */
  EMERGENCY_RELIEF("emergency-relief", "Emergency relief and recovery", "Urgence et relèvement");

  private final String code;
  private final Label label;

  FieldOfAction(String code, String en, String fr) {
    this.code = code;
    this.label = new Label(en, fr);
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String label(Locale locale) {
    return Texts.text("field-of-action." + code(), label, locale);
  }
}
