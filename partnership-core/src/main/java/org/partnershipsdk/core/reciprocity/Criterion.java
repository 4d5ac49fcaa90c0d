package org.partnershipsdk.core.reciprocity;

import jakarta.validation.constraints.Pattern;
import org.immutables.value.Value;
import org.partnershipsdk.core.internal.PartnershipStyle;
import org.partnershipsdk.core.model.Extensible;
import org.partnershipsdk.core.model.Label;

/**
 * One criterion of a reciprocity assessment (critère du baromètre de la réciprocité), such as
 * listening or trust: a stable code that answers refer to, a short wording for charts and the
 * question a respondent is asked, each in English and French.
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
