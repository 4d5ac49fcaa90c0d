package org.partnershipsdk.core.results;

import jakarta.validation.Valid;
import java.util.List;
import org.immutables.value.Value;
import org.partnershipsdk.core.internal.PartnershipStyle;
import org.partnershipsdk.core.model.Extensible;
import org.partnershipsdk.core.validation.constraints.UniqueRefs;

/**
 * A specific objective (objectif spécifique) of a {@link ResultsFramework}: an outcome, the change
 * the initiative commits to bring about for its beneficiaries, reached through its
 * {@linkplain #expectedResults() expected results}.
 */
@Value.Immutable
@PartnershipStyle
public abstract class SpecificObjective implements ResultsLevel, WithSpecificObjective, Extensible {
  SpecificObjective() {}

  /** @return {@link ResultsLevelKind#SPECIFIC_OBJECTIVE} */
  @Override
  public final ResultsLevelKind kind() {
    return ResultsLevelKind.SPECIFIC_OBJECTIVE;
  }

  /** @return the expected results (résultats attendus) that lead to this objective, in order */
  @UniqueRefs
  public abstract List<@Valid ExpectedResult> expectedResults();

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SpecificObjective}. */
  public static final class Builder extends ImmutableSpecificObjective.Builder {
    Builder() {}
  }
}
