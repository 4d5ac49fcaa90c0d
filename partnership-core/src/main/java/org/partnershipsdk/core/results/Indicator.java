package org.partnershipsdk.core.results;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.partnershipsdk.core.internal.PartnershipStyle;
import org.partnershipsdk.core.model.Extensible;
import org.partnershipsdk.core.model.Referable;
import org.partnershipsdk.core.validation.constraints.ResultsDisaggregationDeclared;
import org.partnershipsdk.core.validation.constraints.ResultsMeasurementsInOrder;
import org.partnershipsdk.core.validation.constraints.ResultsPercentageInRange;
import org.partnershipsdk.core.validation.constraints.ResultsValueKindMatchesMeasure;
import org.partnershipsdk.core.validation.constraints.UniqueRefs;

/**
 * An indicator (indicateur) of one level of a {@link ResultsFramework}: what is measured, how
 * ({@linkplain #measure() measure} and {@linkplain #unit() unit}), where it starts
 * ({@linkplain #baseline() baseline}), where it should get ({@linkplain #targets() targets}) and
 * what was measured over time ({@linkplain #measurements() measurements}), optionally
 * disaggregated (such as by sex).
 *
 * <p>Validation reports a value whose kind does not match the measure, such as a text in a
 * numeric indicator ({@code results.value.kind-mismatch}); a percentage outside 0–100
 * ({@code results.value.percentage-range}); measurements not in date order
 * ({@code results.measurements.order}); and a value for a group when the indicator declares no
 * disaggregation ({@code results.value.disaggregation-undeclared}). Each points at the value.
 *
 * <pre>{@code
 * Indicator trained = Indicator.builder()
 *     .name("Number of employees of the production unit trained in bottling")
 *     .measure(IndicatorMeasure.NUMBER)
 *     .unit("employees")
 *     .baseline(IndicatorValue.ofNumber(0))
 *     .addTarget(IndicatorValue.ofNumber(15))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@PartnershipStyle
@ResultsValueKindMatchesMeasure
@ResultsPercentageInRange
@ResultsMeasurementsInOrder
@ResultsDisaggregationDeclared
public abstract class Indicator implements WithIndicator, Extensible, Referable {
  Indicator() {}

  /** @return what the indicator measures; blank only in a draft */
  @Value.Default
  @NotBlank
  public String name() {
    return "";
  }

  /** @return how it is measured; empty only in a draft */
  public abstract Optional<@NotNull IndicatorMeasure> measure();

  /** @return the unit of a number, such as {@code employees} or {@code households} */
  public abstract Optional<String> unit();

  /** @return the situation before the initiative (situation de référence), with its date */
  public abstract Optional<@Valid IndicatorValue> baseline();

  /** @return the values to reach (cibles), each with its date, possibly per group */
  @UniqueRefs
  public abstract List<@Valid IndicatorValue> targets();

  /** @return the values measured over time (valeurs mesurées), oldest first */
  @UniqueRefs
  public abstract List<@Valid IndicatorValue> measurements();

  /** @return the dimension values are broken down by (ventilation), such as {@code sex} or {@code age} */
  public abstract Optional<String> disaggregation();

  /** @return whether the indicator is measured as a number or a percentage */
  public final boolean isQuantitative() {
    return measure().map(IndicatorMeasure::isQuantitative).orElse(false);
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Indicator}. */
  public static final class Builder extends ImmutableIndicator.Builder {
    Builder() {}
  }
}
