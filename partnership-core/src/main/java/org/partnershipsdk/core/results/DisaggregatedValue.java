package org.partnershipsdk.core.results;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.partnershipsdk.core.internal.Decimals;
import org.partnershipsdk.core.internal.PartnershipStyle;
import org.partnershipsdk.core.model.Extensible;

/**
 * A part of a broken-down {@link IndicatorValue} (ventilation): the number for one group, named by
 * one or more {@linkplain Dimension coordinates}, such as the 9 women among 15 employees trained,
 * or the 4 women aged 15 to 24. Only numbers and percentages are broken down.
 *
 * <p>Validation reports a part without a coordinate ({@code value.empty}) or without a number
 * ({@code value.required}); the indicator's validation reports a part of a value that is not a
 * number, a coordinate the indicator does not declare, a dimension named twice in one part, and
 * two parts of one value for the same group. A rule reports parts that add up to more than the
 * whole.
 *
 * <pre>{@code
 * DisaggregatedValue women = DisaggregatedValue.of(9, Dimension.of(Disaggregation.SEX, "female"));
 * }</pre>
 */
@Value.Immutable
@PartnershipStyle
public abstract class DisaggregatedValue implements WithDisaggregatedValue, Extensible {
  DisaggregatedValue() {}

  /** @return the group the part counts: one coordinate per dimension it is broken down by */
  @NotEmpty
  public abstract List<@Valid Dimension> dimensions();

  /** @return the part's number; a complete part has one */
  public abstract Optional<@NotNull BigDecimal> number();

  /**
   * @param name a dimension's name
   * @return the group of that dimension the part counts, if it is broken down by it
   */
  public final Optional<String> group(String name) {
    return dimensions().stream().filter(d -> d.name().equals(name)).map(Dimension::group).findFirst();
  }

  /**
   * @param number the part's number
   * @param dimensions the group it counts
   * @return the part
   */
  public static DisaggregatedValue of(long number, Dimension... dimensions) {
    return builder().number(BigDecimal.valueOf(number)).addDimensions(dimensions).build();
  }

  @Value.Check
  DisaggregatedValue normalize() {
    if (number().isEmpty() || Decimals.isNormal(number().get())) {
      return this;
    }
    return withNumber(Decimals.normalise(number().get()));
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DisaggregatedValue}. */
  public static final class Builder extends ImmutableDisaggregatedValue.Builder {
    Builder() {}
  }
}
