package org.partnershipsdk.core.results;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.partnershipsdk.core.internal.PartnershipStyle;
import org.partnershipsdk.core.model.Extensible;
import org.partnershipsdk.core.model.Referable;
import org.partnershipsdk.core.model.SdgTarget;
import org.partnershipsdk.core.validation.constraints.ResultsBaselineYearMatches;
import org.partnershipsdk.core.validation.constraints.ResultsBreakdownDeclared;
import org.partnershipsdk.core.validation.constraints.ResultsDisaggregationDeclared;
import org.partnershipsdk.core.validation.constraints.ResultsMeasurementsInOrder;
import org.partnershipsdk.core.validation.constraints.ResultsPercentageInRange;
import org.partnershipsdk.core.validation.constraints.ResultsValueKindMatchesMeasure;
import org.partnershipsdk.core.validation.constraints.UniqueRefs;

/**
 * An indicator (indicateur) of one level of a {@link ResultsFramework}: what is measured, how
 * ({@linkplain #measure() measure} and {@linkplain #unit() unit}), which way it should go
 * ({@linkplain #ascending() ascending}), where it starts ({@linkplain #baseline() baseline}, with
 * its {@linkplain #baselineYear() year}), and either where it should get and what was measured over
 * time ({@linkplain #targets() targets}, {@linkplain #measurements() measurements}) or, as reports
 * ask, per {@linkplain #periods() reporting period}: a target, an actual value and a comment. Its
 * values can be broken down by several {@linkplain #disaggregations() dimensions} at once (sex, age
 * group, the user's own), and it can name the {@linkplain #sdgTargets() SDG targets} it measures.
 *
 * <p>The names follow IATI's {@code result/indicator}: {@code measure}, {@code ascending},
 * {@code baseline} with its {@code year}, {@code period} with {@code target} and {@code actual},
 * and {@code dimension} for the breakdown (see the package documentation for the whole mapping).
 *
 * <p>Validation reports a value whose kind does not match the measure, such as a text in a
 * numeric indicator ({@code results.value.kind-mismatch}); a percentage outside 0–100
 * ({@code results.value.percentage-range}); measurements not in date order
 * ({@code results.measurements.order}); a value for a group when the indicator declares no
 * disaggregation ({@code results.value.disaggregation-undeclared}); a breakdown of a value that is
 * not a number ({@code results.breakdown.not-quantitative}), naming a dimension or group the
 * indicator does not declare ({@code results.breakdown.undeclared}), a dimension twice
 * ({@code results.breakdown.dimension-repeated}) or a group another part already counts
 * ({@code results.breakdown.duplicate}); a dimension declared twice
 * ({@code results.disaggregation.duplicate}); and a baseline year other than its date's
 * ({@code results.baseline.year-mismatch}). Each points at the value concerned, in the periods too.
 *
 * <pre>{@code
 * Indicator trained = Indicator.builder()
 *     .ref("employees-trained")
 *     .name("Number of employees of the production unit trained in bottling")
 *     .measure(IndicatorMeasure.NUMBER)
 *     .unit("employees")
 *     .baseline(IndicatorValue.ofNumber(0))
 *     .baselineYear(Year.of(2022))
 *     .addDisaggregation(Disaggregation.of(Disaggregation.SEX, "female", "male"))
 *     .addPeriod(IndicatorPeriod.builder()
 *         .period(Period.ofYear(2022))
 *         .target(IndicatorValue.ofNumber(15))
 *         .actual(IndicatorValue.ofNumber(15).withBreakdown(
 *             DisaggregatedValue.of(9, Dimension.of(Disaggregation.SEX, "female")),
 *             DisaggregatedValue.of(6, Dimension.of(Disaggregation.SEX, "male"))))
 *         .build())
 *     .build();
 * }</pre>
 */
@Value.Immutable
@PartnershipStyle
@ResultsValueKindMatchesMeasure
@ResultsPercentageInRange
@ResultsMeasurementsInOrder
@ResultsDisaggregationDeclared
@ResultsBreakdownDeclared
@ResultsBaselineYearMatches
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

  /**
   * @return whether the indicator should go up (higher is better, such as people trained) rather
   *     than down (such as a rate of loss); when not stated, it is taken to go up, as in IATI
   * @see #isAscending()
   */
  public abstract Optional<Boolean> ascending();

  /** @return the situation before the initiative (situation de référence), with its date */
  public abstract Optional<@Valid IndicatorValue> baseline();

  /**
   * @return the year of the baseline (IATI's {@code baseline/@year}), when only the year is known
   *     or to state it beside the baseline's date; the same year as the date when both are given
   */
  public abstract Optional<Year> baselineYear();

  /** @return the values to reach (cibles), each with its date, possibly per group */
  @UniqueRefs
  public abstract List<@Valid IndicatorValue> targets();

  /** @return the values measured over time (valeurs mesurées), oldest first */
  @UniqueRefs
  public abstract List<@Valid IndicatorValue> measurements();

  /**
   * @return the reporting periods (périodes de suivi), each with its target, actual and comment, in
   *     the order reports follow them
   */
  @UniqueRefs
  public abstract List<@Valid IndicatorPeriod> periods();

  /**
   * @return the one dimension values were broken down by before several could be declared, such as
   *     {@code sex}, with each value's group in {@link IndicatorValue#disaggregationKey()}; kept for
   *     the documents that use it, {@link #disaggregations()} being the richer form
   */
  public abstract Optional<String> disaggregation();

  /**
   * @return the dimensions the values are broken down by (ventilation), such as sex and age group,
   *     each with its groups; each name once
   */
  public abstract List<@Valid Disaggregation> disaggregations();

  /** @return the targets of the Sustainable Development Goals the indicator measures, where stated */
  public abstract List<@Valid SdgTarget> sdgTargets();

  /** @return whether higher values are better: {@link #ascending()}, up when not stated */
  public final boolean isAscending() {
    return ascending().orElse(true);
  }

  /** @return the baseline's year: {@link #baselineYear()}, else the year of the baseline's date */
  public final Optional<Year> baselineYearOrDate() {
    return baselineYear().isPresent() ? baselineYear()
        : baseline().flatMap(IndicatorValue::date).map(d -> Year.of(d.getYear()));
  }

  /**
   * @param name a dimension's name
   * @return the dimension of that name the indicator declares, if any
   */
  public final Optional<Disaggregation> disaggregation(String name) {
    return disaggregations().stream().filter(d -> d.name().equals(name)).findFirst();
  }

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
