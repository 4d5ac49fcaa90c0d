package org.partnershipsdk.core.results;

import jakarta.validation.Valid;
import java.util.List;
import org.immutables.value.Value;
import org.partnershipsdk.core.internal.PartnershipStyle;
import org.partnershipsdk.core.model.Extensible;
import org.partnershipsdk.core.validation.constraints.UniqueRefs;

/**
 * An expected result (résultat attendu) of a {@link SpecificObjective}: an output the initiative
 * delivers, such as employees trained in bottling, produced by its {@linkplain #activities()
 * activities}.
 */
@Value.Immutable
@PartnershipStyle
public abstract class ExpectedResult implements ResultsLevel, WithExpectedResult, Extensible {
  ExpectedResult() {}

  /** @return {@link ResultsLevelKind#EXPECTED_RESULT} */
  @Override
  public final ResultsLevelKind kind() {
    return ResultsLevelKind.EXPECTED_RESULT;
  }

  /** @return the activities (activités) that produce this result, in order */
  @UniqueRefs
  public abstract List<@Valid Activity> activities();

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ExpectedResult}. */
  public static final class Builder extends ImmutableExpectedResult.Builder {
    Builder() {}
  }
}
