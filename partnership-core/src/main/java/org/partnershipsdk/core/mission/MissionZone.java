package org.partnershipsdk.core.mission;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.partnershipsdk.core.internal.PartnershipStyle;
import org.partnershipsdk.core.model.CountryCode;
import org.partnershipsdk.core.model.Extensible;
import org.partnershipsdk.core.model.Territory;
import org.partnershipsdk.core.validation.constraints.MissionZoneInCountry;

/**
 * Where a mission takes place (zone d'intervention): a country and, within it, the territories
 * concerned, typically a département and one or more communes. Validation reports a missing country
 * and a territory that lies in another country (code {@code mission.zone.country-mismatch}).
 *
 * <pre>{@code
 * MissionZone zone = MissionZone.builder()
 *     .country(CountryCode.of("BJ"))
 *     .addTerritory(Territory.of(CountryCode.of("BJ"), TerritoryLevel.DEPARTMENT, "Atlantique"))
 *     .addTerritory(Territory.of(CountryCode.of("BJ"), TerritoryLevel.MUNICIPALITY, "Kpomassé"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@PartnershipStyle
@MissionZoneInCountry
public abstract class MissionZone implements WithMissionZone, Extensible {
  MissionZone() {}

  /** @return the country of the mission; required in a complete mission */
  public abstract Optional<@NotNull @Valid CountryCode> country();

  /** @return the territories within the country, such as a département and its communes */
  public abstract List<@Valid Territory> territories();

  /** @return a zone where nothing is known yet, as a new draft has */
  public static MissionZone unknown() {
    return builder().build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MissionZone}. */
  public static final class Builder extends ImmutableMissionZone.Builder {
    Builder() {}
  }
}
