package org.partnershipsdk.core.results;

import jakarta.validation.Valid;
import java.util.Optional;
import org.immutables.value.Value;
import org.partnershipsdk.core.internal.PartnershipStyle;
import org.partnershipsdk.core.model.Extensible;
import org.partnershipsdk.core.model.Money;
import org.partnershipsdk.core.model.OrganisationId;
import org.partnershipsdk.core.model.Period;

/**
 * An activity (activité) of an {@link ExpectedResult}: what the participants do to produce it, the
 * means (moyens) it needs and what it costs (coûts), such as a bottling training given by a
 * volunteer, with its schedule and the participant responsible for it.
 */
@Value.Immutable
@PartnershipStyle
public abstract class Activity implements ResultsLevel, WithActivity, Extensible {
  Activity() {}

  /** @return {@link ResultsLevelKind#ACTIVITY} */
  @Override
  public final ResultsLevelKind kind() {
    return ResultsLevelKind.ACTIVITY;
  }

  /**
   * @return the means (moyens) the activity needs: people, equipment, materials, as written in
   *     the framework's means column
   */
  public abstract Optional<String> means();

  /** @return the estimated cost (coût) of the activity */
  public abstract Optional<@Valid Money> cost();

  /** @return when the activity is planned to take place (chronogramme) */
  public abstract Optional<@Valid Period> schedule();

  /**
   * @return the participant of the initiative responsible for the activity; validation reports an
   *     organisation that is not one of the initiative's participants
   *     ({@code results.activity.responsible-not-participant})
   */
  public abstract Optional<OrganisationId> responsible();

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Activity}. */
  public static final class Builder extends ImmutableActivity.Builder {
    Builder() {}
  }
}
