package org.partnershipsdk.core.reciprocity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.partnershipsdk.core.internal.PartnershipStyle;
import org.partnershipsdk.core.model.Extensible;
import org.partnershipsdk.core.validation.constraints.ReciprocityUniqueCriteria;

/**
 * The criteria and the scale of a reciprocity assessment (grille du baromètre de la réciprocité).
 *
 * <p>A programme may redefine them; {@link CriteriaSets#standard()} is the default. Sets are
 * identified by an {@link #id()} and a {@link #version()}: a set that changes gets a new version,
 * and every assessment carries the set it was answered on, so that old assessments stay readable
 * and their figures unchanged. Validation reports a set without criteria, a version below 1 and
 * two criteria with the same code (code {@code reciprocity.criterion.duplicate}, on
 * {@code criteria[i].code}).
 */
@Value.Immutable
@PartnershipStyle
@ReciprocityUniqueCriteria
public abstract class CriteriaSet implements WithCriteriaSet, Extensible {
  CriteriaSet() {}

  /** @return the set's stable identifier, lower-case with hyphens, such as {@code default} */
  @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*")
  public abstract String id();

  /** @return the set's version, from 1; raised whenever its criteria or scale change */
  @Positive
  public abstract int version();

  /** @return the scale every criterion is scored on */
  @Valid
  public abstract Scale scale();

  /** @return the criteria, in the order they are asked and shown; their codes are unique */
  @NotEmpty
  public abstract List<@Valid Criterion> criteria();

  /**
   * @param code a criterion's code
   * @return the first criterion with that code, if any
   */
  public final Optional<Criterion> criterion(String code) {
    return criteria().stream().filter(c -> c.code().equals(code)).findFirst();
  }

  /** @return the criteria's codes, in order */
  public final List<String> codes() {
    return criteria().stream().map(Criterion::code).toList();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CriteriaSet}. */
  public static final class Builder extends ImmutableCriteriaSet.Builder {
    Builder() {}
  }
}
