package org.partnershipsdk.core.reciprocity;

import org.partnershipsdk.core.model.Label;

/**
 * The criteria sets the SDK provides. A programme that redefines the criteria builds its own
 * {@link CriteriaSet} with another id, or a new version of this one.
 */
public final class CriteriaSets {
  /** The id of the {@linkplain #standard() standard set}. */
  public static final String STANDARD_ID = "default";
  /** The version of the standard set this release provides. */
  public static final int STANDARD_VERSION = 1;

  /** Code of the criterion "listening" (écoute). */
  public static final String LISTENING = "listening";
  /** Code of the criterion "reciprocity of contributions", or mutual benefit (réciprocité des apports). */
  public static final String MUTUAL_BENEFIT = "mutual-benefit";
  /** Code of the criterion "mutual learning" (apprentissage mutuel). */
  public static final String MUTUAL_LEARNING = "mutual-learning";
  /** Code of the criterion "balance of power", or equity (équilibre des pouvoirs). */
  public static final String POWER_BALANCE = "power-balance";
  /** Code of the criterion "trust" (confiance). */
  public static final String TRUST = "trust";
  /** Code of the criterion "keeping commitments" (respect des engagements). */
  public static final String COMMITMENTS = "commitments";
  /** Code of the criterion "co-construction". */
  public static final String CO_CONSTRUCTION = "co-construction";
  /** Code of the criterion "respect of the partner's sovereignty", or autonomy (souveraineté du partenaire). */
  public static final String SOVEREIGNTY = "sovereignty";
  /** Code of the criterion "transparency" (transparence). */
  public static final String TRANSPARENCY = "transparency";
  /** Code of the criterion "shared vision" (vision partagée). */
  public static final String SHARED_VISION = "shared-vision";
  /** Code of the criterion "joint reflection" on practices (réflexion commune). */
  public static final String REFLECTION = "reflection";

  private static final CriteriaSet STANDARD = CriteriaSet.builder()
      .id(STANDARD_ID)
      .version(STANDARD_VERSION)
      .scale(Scale.of(1, 4))
      .addCriteria(
          criterion(LISTENING, "Listening", "Écoute",
              "Does each side take the time to hear what the other says, and does it change what gets decided?",
              "Chaque partie prend-elle le temps d'entendre ce que dit l'autre, et cela change-t-il ce qui est décidé ?"),
          criterion(MUTUAL_BENEFIT, "Reciprocity of contributions", "Réciprocité des apports",
              "Do both sides bring something to the relation and draw something from it, beyond money?",
              "Les deux parties apportent-elles quelque chose à la relation et en retirent-elles quelque chose,"
                  + " au-delà de l'argent ?"),
          criterion(MUTUAL_LEARNING, "Mutual learning", "Apprentissage mutuel",
              "Has each side learned from the other, to the point of changing some of its own practices?",
              "Chaque partie a-t-elle appris de l'autre, au point de modifier certaines de ses propres pratiques ?"),
          criterion(POWER_BALANCE, "Balance of power", "Équilibre des pouvoirs",
              "Can each side weigh on the decisions that matter, although their resources are unequal?",
              "Chaque partie peut-elle peser sur les décisions importantes, malgré des moyens inégaux ?"),
          criterion(TRUST, "Trust", "Confiance",
              "Can each side raise a difficulty or admit a mistake without fearing for the relation?",
              "Chaque partie peut-elle signaler une difficulté ou reconnaître une erreur sans craindre pour la relation ?"),
          criterion(COMMITMENTS, "Keeping commitments", "Respect des engagements",
              "Does each side do what it announced, on time, and warn the other when it cannot?",
              "Chaque partie fait-elle ce qu'elle a annoncé, dans les délais, et prévient-elle l'autre quand elle"
                  + " ne le peut pas ?"),
          criterion(CO_CONSTRUCTION, "Co-construction", "Co-construction",
              "Are objectives, activities and budget worked out together, rather than proposed by one side"
                  + " for the other to accept?",
              "Les objectifs, les activités et le budget sont-ils élaborés ensemble, plutôt que proposés par une"
                  + " partie pour que l'autre les accepte ?"),
          criterion(SOVEREIGNTY, "Respect of the partner's autonomy", "Respect de la souveraineté du partenaire",
              "Does the partner remain free to set its own priorities and to run its own actions?",
              "Le partenaire reste-t-il libre de fixer ses priorités et de conduire ses propres actions ?"),
          criterion(TRANSPARENCY, "Transparency", "Transparence",
              "Does each side openly share what the other needs to know: money, constraints, changes of plan?",
              "Chaque partie partage-t-elle ouvertement ce que l'autre a besoin de savoir : argent, contraintes,"
                  + " changements de cap ?"),
          criterion(SHARED_VISION, "Shared vision", "Vision partagée",
              "Do both sides pursue the same aims and describe the change they seek in similar terms?",
              "Les deux parties poursuivent-elles les mêmes buts et décrivent-elles en termes proches le"
                  + " changement recherché ?"),
          criterion(REFLECTION, "Joint reflection", "Réflexion commune",
              "Do both sides set time aside to look back together on how they work and on what to change?",
              "Les deux parties prennent-elles le temps de revenir ensemble sur leur façon de travailler et sur"
                  + " ce qu'il faut changer ?"))
      .build();

  private CriteriaSets() {}

  /**
   * The default criteria set ({@code default}, version 1): eleven criteria of reciprocity in a
   * partnership, drawn from the practice of horizontal partnerships (listening, reciprocity,
   * learning) and from the literature on partnership quality. In order: listening, reciprocity of
   * contributions (mutual benefit), mutual learning, balance of power (equity), trust, keeping
   * commitments, co-construction, respect of the partner's sovereignty (autonomy), transparency,
   * shared vision, and joint reflection on practices.
   *
   * <p>Each criterion is scored from 1 to 4, read as: 1 not at all, 2 a little, 3 largely,
   * 4 fully. Four levels because:
   * <ul>
   *   <li>an even number of levels has no middle, so a respondent cannot retreat to a neutral
   *       answer: each side has to lean one way, which is what makes the gap between sides
   *       telling;</li>
   *   <li>four levels are few enough to word plainly and alike in French, English and the
   *       partners' own languages, so that two organisations reading the same question score it
   *       the same way; finer scales mostly add noise between respondents of different cultures;</li>
   *   <li>it suits how the barometer is used, each side scoring alone before both discuss where
   *       they differ: one level is a third of the 0–100 range, so any difference between the
   *       sides is large enough to be worth talking about.</li>
   * </ul>
   *
   * @return the standard set; the same instance on every call
   */
  public static CriteriaSet standard() {
    return STANDARD;
  }

  private static Criterion criterion(String code, String en, String fr, String questionEn, String questionFr) {
    return Criterion.of(code, new Label(en, fr), new Label(questionEn, questionFr));
  }
}
