package org.partnershipsdk.core.results;

import java.util.List;
import org.immutables.value.Value;
import org.partnershipsdk.core.internal.ElementRefs;
import org.partnershipsdk.core.internal.PartnershipStyle;

/**
 * An {@link Indicator} found in a {@link ResultsFramework}, with the level it measures and where it
 * sits, so that a check can point at it. Its {@linkplain #path() path} is written as validation
 * writes paths, such as {@code specificObjectives[0].expectedResults[1].indicators[0]}, relative to
 * the framework.
 */
@Value.Immutable(builder = false, copy = false)
@PartnershipStyle
public abstract class LocatedIndicator {
  LocatedIndicator() {}

  /** @return the indicator */
  @Value.Parameter
  public abstract Indicator indicator();

  /** @return the level of the framework the indicator measures */
  @Value.Parameter
  public abstract ResultsLevelKind level();

  /**
   * @return the path split into property names and list indexes, such as
   *     {@code [specificObjectives, 0, indicators, 1]}, as in a validation violation's segments
   */
  @Value.Parameter
  public abstract List<String> segments();

  /**
   * @return the path, such as {@code specificObjectives[0].indicators[1]}; computed once, as rules
   *     that point at an indicator ask for it on each finding
   */
  @Value.Lazy
  public String path() {
    return ElementRefs.path(segments());
  }

  /**
   * @param indicator the indicator
   * @param level the level it measures
   * @param segments its path's property names and list indexes
   * @return the located indicator
   */
  public static LocatedIndicator of(Indicator indicator, ResultsLevelKind level, List<String> segments) {
    return ImmutableLocatedIndicator.of(indicator, level, segments);
  }
}
