package org.partnershipsdk.core.results;

import jakarta.validation.Valid;
import java.util.Optional;
import org.immutables.value.Value;
import org.partnershipsdk.core.internal.PartnershipStyle;
import org.partnershipsdk.core.model.Extensible;
import org.partnershipsdk.core.model.Period;
import org.partnershipsdk.core.model.Referable;

/**
 * A reporting period of an {@link Indicator} (période de suivi): the span of days a report covers,
 * what the indicator was to reach by its end ({@linkplain #target() target}), what it reached
 * ({@linkplain #actual() actual}), and a comment on the difference. This is how funders' reports
 * and IATI's {@code result/indicator/period} (with {@code period-start}, {@code period-end},
 * {@code target} and {@code actual}) structure results: one period per year or per report.
 *
 * <p>Validation checks the target and the actual like every value of the indicator (their kind
 * matches the measure, a percentage lies between 0 and 100, their breakdown names declared groups)
 * and that the period does not end before it starts. The rules report a period without a target
 * and an actual dated outside its period.
 *
 * <pre>{@code
 * IndicatorPeriod year2022 = IndicatorPeriod.builder()
 *     .ref("2022")
 *     .period(Period.ofYear(2022))
 *     .target(IndicatorValue.ofNumber(15))
 *     .actual(IndicatorValue.ofNumber(15).withDate(LocalDate.of(2022, 10, 10)))
 *     .comment("Trained during the volunteer's mission")
 *     .build();
 * }</pre>
 */
@Value.Immutable
@PartnershipStyle
public abstract class IndicatorPeriod implements WithIndicatorPeriod, Extensible, Referable {
  IndicatorPeriod() {}

  /** @return the days the period covers, both ends included */
  @Value.Default
  @Valid
  public Period period() {
    return Period.unknown();
  }

  /** @return what the indicator is to reach by the period's end (cible); possibly broken down */
  public abstract Optional<@Valid IndicatorValue> target();

  /**
   * @return what the indicator reached in the period (valeur réalisée), dated on the day it was
   *     observed, with its source of verification; possibly broken down
   */
  public abstract Optional<@Valid IndicatorValue> actual();

  /** @return what explains the actual against the target, or what the period's figures leave out */
  public abstract Optional<String> comment();

  /**
   * @param period the days the period covers
   * @param target what the indicator is to reach
   * @return a period with that target and no actual yet
   */
  public static IndicatorPeriod of(Period period, IndicatorValue target) {
    return builder().period(period).target(target).build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link IndicatorPeriod}. */
  public static final class Builder extends ImmutableIndicatorPeriod.Builder {
    Builder() {}
  }
}
