package org.partnershipsdk.core.programme;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.partnershipsdk.core.cycle.CycleModel;
import org.partnershipsdk.core.cycle.CycleModels;
import org.partnershipsdk.core.internal.PartnershipStyle;
import org.partnershipsdk.core.model.Extensible;
import org.partnershipsdk.core.model.OrganisationId;
import org.partnershipsdk.core.model.ProgrammeId;
import org.partnershipsdk.core.model.Territory;
import org.partnershipsdk.core.validation.constraints.ProgrammePhasesInOrder;
import org.partnershipsdk.core.validation.constraints.UniqueRefs;

/**
 * A programme (dispositif): a frame that supports initiatives or missions under common rules and
 * phases, run by an operator. The CFSI runs CAAC (Coopérer autrement en acteurs du changement,
 * since 2014); Lianes Coopération runs EXPLOR (short volunteer missions, since 2021).
 *
 * <pre>{@code
 * Programme explor = Programme.builder()
 *     .id(ProgrammeId.of("explor"))
 *     .name("EXPLOR")
 *     .operator(OrganisationId.of("lianes-cooperation"))
 *     .since(Year.of(2021))
 *     .addRegions(Territory.of(CountryCode.FRANCE, TerritoryLevel.REGION, "Hauts-de-France"))
 *     .build();
 * }</pre>
 *
 * <p>A programme is where a user configures which rules apply to its elements and how its
 * initiatives move through their cycle:
 *
 * <pre>{@code
 * Programme caac = Programme.builder().id(ProgrammeId.of("caac")).name("CAAC")
 *     .profile(ProfileSettings.builder().name("caac").set("initiative.follow-up.overdue", "months", 3).build())
 *     .cycle(CycleModels.funder())
 *     .build();
 * }</pre>
 *
 * <p>Validation reports a blank name ({@code value.blank}) and phases that overlap or are out of
 * order ({@code programme.phases.overlap}), and what its profile settings and cycle model get wrong.
 */
@Value.Immutable
@PartnershipStyle
@ProgrammePhasesInOrder
public abstract class Programme implements WithProgramme, Extensible {
  Programme() {}

  /** @return the programme's identifier */
  public abstract ProgrammeId id();

  /** @return the programme's full name; blank only in a draft */
  @Value.Default
  @NotBlank
  public String name() {
    return "";
  }

  /** @return the acronym it is known by, such as {@code CAAC} or {@code EXPLOR} */
  public abstract Optional<String> acronym();

  /** @return the organisation that runs the programme, such as the CFSI for CAAC */
  public abstract Optional<OrganisationId> operator();

  /** @return the year the programme began */
  public abstract Optional<Year> since();

  /** @return its phases, in chronological order and not overlapping */
  public abstract List<@Valid ProgrammePhase> phases();

  /** @return the regions where the programme is offered, such as EXPLOR's French regions */
  public abstract List<@Valid Territory> regions();

  /** @return what the programme supports and how, in a few sentences */
  public abstract Optional<String> description();

  /**
   * @return the results the programme reports for all its initiatives together, as its operator
   *     publishes them, such as the people its initiatives reached over a phase
   */
  @UniqueRefs
  public abstract List<@Valid AggregateResult> aggregateResults();

  /**
   * @return the profile whose rules judge the programme's elements, and what the programme changes
   *     in it; without one, they are judged by the default profile
   */
  public abstract Optional<@Valid ProfileSettings> profile();

  /**
   * @return how the cycle of the programme's initiatives moves; without one, the
   *     {@linkplain org.partnershipsdk.core.cycle.CycleModels#standard() standard model}
   */
  public abstract Optional<@Valid CycleModel> cycle();

  /** @return the cycle model of the programme's initiatives: its own, or the standard one */
  public final CycleModel cycleModel() {
    return cycle().orElse(CycleModels.standard());
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Programme}. */
  public static final class Builder extends ImmutableProgramme.Builder {
    Builder() {}
  }
}
