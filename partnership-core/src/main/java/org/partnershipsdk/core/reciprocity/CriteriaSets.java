package org.partnershipsdk.core.reciprocity;

import java.util.Locale;
import java.util.Optional;
import org.partnershipsdk.core.internal.Texts;
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

  /** The part of a criterion's texts that is its short name. */
  static final String WORDING = "wording";
  /** The part of a criterion's texts that is its question. */
  static final String QUESTION = "question";

  private static final CriteriaSet STANDARD = CriteriaSet.builder()
      .id(STANDARD_ID)
      .version(STANDARD_VERSION)
      .scale(Scale.of(1, 4))
      .addCriteria(criterion(LISTENING), criterion(MUTUAL_BENEFIT), criterion(MUTUAL_LEARNING),
          criterion(POWER_BALANCE), criterion(TRUST), criterion(COMMITMENTS), criterion(CO_CONSTRUCTION),
          criterion(SOVEREIGNTY), criterion(TRANSPARENCY), criterion(SHARED_VISION), criterion(REFLECTION))
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
   * <p>Each criterion's wording and question are the SDK's texts {@code criterion.CODE.wording} and
   * {@code criterion.CODE.question} (area {@code criteria}): the set holds their English and French,
   * and {@link Criterion#wording(Locale)} and {@link Criterion#question(Locale)} show them in
   * Spanish too, or as a bundle of yours words them.
   *
   * @return the standard set; the same instance on every call
   */
  public static CriteriaSet standard() {
    return STANDARD;
  }

  /**
   * A standard criterion, its English and French as the SDK ships them in
   * {@code org/partnershipsdk/core/texts/criteria.properties} and {@code criteria_fr.properties}
   * (never a bundle of the user's: these are the set's data, written into every assessment).
   */
  private static Criterion criterion(String code) {
    return Criterion.of(code, shipped(key(code, WORDING)), shipped(key(code, QUESTION)));
  }

  private static Label shipped(String key) {
    return new Label(shipped(key, Locale.ENGLISH), shipped(key, Locale.FRENCH));
  }

  private static String shipped(String key, Locale language) {
    return Texts.CORE.shipped(key, language).orElseThrow(() -> new IllegalStateException(
        "The SDK ships no text " + key + " in " + language + ": see org/partnershipsdk/core/texts/criteria*.properties"));
  }

  /**
   * @param code a criterion's code
   * @param part {@link #WORDING} or {@link #QUESTION}
   * @return the key of that text: {@code criterion.CODE.wording} or {@code criterion.CODE.question}
   */
  static String key(String code, String part) {
    return "criterion." + code + "." + part;
  }

  /**
   * A criterion's wording or question for a reader (see {@link Criterion#wording(Locale)}): the
   * user's text under its key, else the SDK's in the reader's language when the criterion's text is
   * the standard one, else the criterion's own.
   *
   * @param criterion the criterion
   * @param part {@link #WORDING} or {@link #QUESTION}
   * @param own the criterion's own English and French for that part
   * @param locale the reader's locale
   * @return the text
   */
  static String text(Criterion criterion, String part, Label own, Locale locale) {
    String key = key(criterion.code(), part);
    Optional<String> yours = org.partnershipsdk.core.text.Texts.overriding(key, locale);
    if (yours.isPresent()) {
      return yours.get();
    }
    boolean standard = STANDARD.criterion(criterion.code())
        .map(s -> WORDING.equals(part) ? s.wording() : s.question())
        .filter(own::equals)
        .isPresent();
    return standard ? Texts.CORE.template(key, locale) : own.in(locale);
  }
}
