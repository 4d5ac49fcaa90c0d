package org.partnershipsdk.core.model;

import java.util.Locale;
import org.partnershipsdk.core.internal.Texts;

/**
 * The seventeen Sustainable Development Goals of the United Nations (ODD, objectifs de
 * développement durable). The code is {@code sdg-N}.
 */
public enum Sdg implements Coded {
  /** Goal 1. */
  NO_POVERTY("No poverty", "Pas de pauvreté"),
  /** Goal 2. */
  ZERO_HUNGER("Zero hunger", "Faim « zéro »"),
  /** Goal 3. */
  GOOD_HEALTH("Good health and well-being", "Bonne santé et bien-être"),
  /** Goal 4. */
  QUALITY_EDUCATION("Quality education", "Éducation de qualité"),
  /** Goal 5. */
  GENDER_EQUALITY("Gender equality", "Égalité entre les sexes"),
  /** Goal 6. */
  CLEAN_WATER("Clean water and sanitation", "Eau propre et assainissement"),
  /** Goal 7. */
  CLEAN_ENERGY("Affordable and clean energy", "Énergie propre et d'un coût abordable"),
  /** Goal 8. */
  DECENT_WORK("Decent work and economic growth", "Travail décent et croissance économique"),
  /** Goal 9. */
  INDUSTRY_INNOVATION("Industry, innovation and infrastructure", "Industrie, innovation et infrastructure"),
  /** Goal 10. */
  REDUCED_INEQUALITIES("Reduced inequalities", "Inégalités réduites"),
  /** Goal 11. */
  SUSTAINABLE_CITIES("Sustainable cities and communities", "Villes et communautés durables"),
  /** Goal 12. */
  RESPONSIBLE_CONSUMPTION("Responsible consumption and production", "Consommation et production responsables"),
  /** Goal 13. */
  CLIMATE_ACTION("Climate action", "Mesures relatives à la lutte contre les changements climatiques"),
  /** Goal 14. */
  LIFE_BELOW_WATER("Life below water", "Vie aquatique"),
  /** Goal 15. */
  LIFE_ON_LAND("Life on land", "Vie terrestre"),
  /** Goal 16. */
  PEACE_AND_JUSTICE("Peace, justice and strong institutions", "Paix, justice et institutions efficaces"),
  /** Goal 17. */
  PARTNERSHIPS("Partnerships for the goals", "Partenariats pour la réalisation des objectifs");

  private final Label label;

  Sdg(String en, String fr) {
    this.label = new Label(en, fr);
  }

  /** @return the goal's number, 1 to 17 */
  public int number() {
    return ordinal() + 1;
  }

  /**
   * @param number a goal's number
   * @return the goal
   * @throws UnknownCodeException if {@code number} is not between 1 and 17
   */
  public static Sdg of(int number) {
    if (number < 1 || number > values().length) {
      throw new UnknownCodeException("Sdg", "sdg-" + number);
    }
    return values()[number - 1];
  }

  @Override
  public String code() {
    return "sdg-" + number();
  }

  @Override
  public String label(Locale locale) {
    return Texts.text("sdg." + code(), label, locale);
  }
}
