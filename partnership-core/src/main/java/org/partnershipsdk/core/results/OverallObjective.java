package org.partnershipsdk.core.results;

import org.immutables.value.Value;
import org.partnershipsdk.core.internal.PartnershipStyle;
import org.partnershipsdk.core.model.Extensible;

/**
 * The overall objective (objectif global) of a {@link ResultsFramework}: the lasting change, or
 * impact, the initiative contributes to without achieving it alone, such as better living
 * conditions for farming families.
 */
@Value.Immutable
@PartnershipStyle
public abstract class OverallObjective implements ResultsLevel, WithOverallObjective, Extensible {
  OverallObjective() {}

  /** @return {@link ResultsLevelKind#OVERALL_OBJECTIVE} */
  @Override
  public final ResultsLevelKind kind() {
    return ResultsLevelKind.OVERALL_OBJECTIVE;
  }

  /**
   * @param statement the impact sought
   * @return an overall objective with that statement and nothing else yet
   */
  public static OverallObjective of(String statement) {
    return builder().statement(statement).build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link OverallObjective}. */
  public static final class Builder extends ImmutableOverallObjective.Builder {
    Builder() {}
  }
}
