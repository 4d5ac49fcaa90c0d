package org.partnershipsdk.core.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.immutables.value.Value;
import org.partnershipsdk.core.internal.PartnershipStyle;

/**
 * A place where an organisation is or an action happens: a country and, below it, a named region,
 * département, commune... Whether it is "here" (France) or "there" is derived from its country.
 *
 * <pre>{@code
 * Territory montauban = Territory.of(CountryCode.FRANCE, TerritoryLevel.MUNICIPALITY, "Montauban");
 * }</pre>
 */
@Value.Immutable
@PartnershipStyle
public abstract class Territory implements WithTerritory, Extensible {
  Territory() {}

  /** @return the country the territory lies in */
  @Valid
  public abstract CountryCode country();

  /** @return the administrative level */
  @Value.Default
  public TerritoryLevel level() {
    return TerritoryLevel.MUNICIPALITY;
  }

  /** @return the territory's name, such as {@code Kpomassé}; blank only in a draft */
  @NotBlank
  public abstract String name();

  /** @return whether the territory is in France ("here") */
  public final boolean isInFrance() {
    return country().isFrance();
  }

  /**
   * @param country the country
   * @param level the administrative level
   * @param name the name
   * @return the territory
   */
  public static Territory of(CountryCode country, TerritoryLevel level, String name) {
    return builder().country(country).level(level).name(name).build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Territory}. */
  public static final class Builder extends ImmutableTerritory.Builder {
    Builder() {}
  }
}
