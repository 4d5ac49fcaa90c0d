package org.partnershipsdk.core.reciprocity;

import jakarta.validation.constraints.Pattern;
import java.util.Locale;
import org.immutables.value.Value;
import org.partnershipsdk.core.internal.PartnershipStyle;
import org.partnershipsdk.core.model.Extensible;
import org.partnershipsdk.core.model.Label;

/**
 * One criterion of a reciprocity assessment (critère du baromètre de la réciprocité), such as
 * listening or trust: a stable code that answers refer to, a short wording for charts and the
 * question a respondent is asked, each in English and French.
 *
 * <p>Show them with {@link #wording(Locale)} and {@link #question(Locale)}: those give the standard
 * criteria ({@link CriteriaSets#standard()}) in Spanish too, and let a bundle of yours
 * ({@link org.partnershipsdk.core.text.Texts#addBundle(String) Texts.addBundle}) change the texts
 * of any criterion or add a language, under the keys {@code criterion.CODE.wording} and
 * {@code criterion.CODE.question}. {@link #wording()} and {@link #question()} are the criterion's
 * data, as assessments store them.
 *
 * <pre>{@code
 * Criterion listening = Criterion.of("listening",
 *     new Label("Listening", "Écoute"),
 *     new Label("Does each side hear the other?", "Chaque partie entend-elle l'autre ?"));
 * }</pre>
 */
@Value.Immutable
@PartnershipStyle
public abstract class Criterion implements WithCriterion, Extensible {
  Criterion() {}

  /**
   * @return the stable code, lower-case with hyphens (such as {@code listening}); answers refer to
   *     the criterion by it, so it never changes once assessments use it
   */
  @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*")
  public abstract String code();

  /** @return the criterion's short name (intitulé), for charts and tables */
  public abstract Label wording();

  /** @return the question put to each respondent, to be scored on the set's scale */
  public abstract Label question();

  /**
   * The short name as a reader reads it: your text under {@code criterion.CODE.wording} if a
   * bundle of yours has one for the reader's language (or in its root file); else, when this
   * wording is the standard criterion's, the SDK's text in the reader's language (English, French,
   * Spanish); else this criterion's own wording ({@link Label#in(Locale)}: French for {@code fr},
   * English otherwise).
   *
   * @param locale the reader's locale
   * @return the short name in that language
   */
  public String wording(Locale locale) {
    return CriteriaSets.text(this, CriteriaSets.WORDING, wording(), locale);
  }

  /**
   * The question as a reader reads it, found as {@link #wording(Locale)} is, under the key
   * {@code criterion.CODE.question}.
   *
   * @param locale the reader's locale
   * @return the question in that language
   */
  public String question(Locale locale) {
    return CriteriaSets.text(this, CriteriaSets.QUESTION, question(), locale);
  }

  /**
   * @param code the stable code
   * @param wording the short name
   * @param question the question put to respondents
   * @return the criterion
   */
  public static Criterion of(String code, Label wording, Label question) {
    return builder().code(code).wording(wording).question(question).build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Criterion}. */
  public static final class Builder extends ImmutableCriterion.Builder {
    Builder() {}
  }
}
