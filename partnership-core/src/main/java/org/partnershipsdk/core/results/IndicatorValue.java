package org.partnershipsdk.core.results;

import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.partnershipsdk.core.internal.Decimals;
import org.partnershipsdk.core.internal.PartnershipStyle;
import org.partnershipsdk.core.model.Extensible;
import org.partnershipsdk.core.model.Referable;
import org.partnershipsdk.core.validation.constraints.ResultsValueExactlyOne;

/**
 * One value of an {@link Indicator}: its baseline (situation de référence), a target (cible) or a
 * measurement (valeur mesurée), with its date, its source of verification and, for a disaggregated
 * indicator, the group it counts (such as {@code women}).
 *
 * <p>In a {@linkplain IndicatorPeriod reporting period} it is the period's target or actual, and may
 * be {@linkplain #breakdown() broken down} by group.
 *
 * <p>The value itself is exactly one of a {@linkplain #number() number} (for a number or a
 * percentage), a {@linkplain #flag() yes or no}, or a {@linkplain #text() text} (for a qualitative
 * indicator only): a quantitative indicator holds numbers, never "N/A" or free text. Validation
 * reports a value holding none or several of them (code {@code results.value.exactly-one}); the
 * indicator's validation reports a kind that does not match its measure.
 *
 * <pre>{@code
 * IndicatorValue trained = IndicatorValue.ofNumber(15)
 *     .withDate(LocalDate.of(2022, 11, 30))
 *     .withSourceOfVerification("Volunteer's mission report");
 * }</pre>
 *
 * <p>Numbers are kept without trailing zeros, so {@code 15.0} equals {@code 15}.
 */
@Value.Immutable
@PartnershipStyle
@ResultsValueExactlyOne
public abstract class IndicatorValue implements WithIndicatorValue, Extensible, Referable {
  IndicatorValue() {}

  /** @return the number, for an indicator measured as a number or a percentage */
  public abstract Optional<BigDecimal> number();

  /** @return yes ({@code true}) or no ({@code false}), for a yes/no indicator */
  public abstract Optional<Boolean> flag();

  /** @return the described situation, for a qualitative indicator only */
  public abstract Optional<String> text();

  /** @return the day the value was or is to be observed */
  public abstract Optional<LocalDate> date();

  /** @return where the value can be checked (source de vérification), such as an attendance sheet */
  public abstract Optional<String> sourceOfVerification();

  /**
   * @return the group this value counts when the indicator is disaggregated, such as {@code women}
   *     for an indicator disaggregated by sex; empty for the total
   */
  public abstract Optional<String> disaggregationKey();

  /**
   * @return the value's parts by group (ventilation), such as 9 women and 6 men of 15 people
   *     trained, for an indicator measured as a number or a percentage that declares its
   *     {@linkplain Indicator#disaggregations() dimensions}; empty when it is not broken down
   */
  public abstract List<@Valid DisaggregatedValue> breakdown();

  /**
   * @return the kind of value held, or empty when the value holds none or several (which
   *     validation reports); a blank text counts as no value
   */
  public final Optional<IndicatorValueKind> kind() {
    boolean hasText = text().filter(t -> !t.isBlank()).isPresent();
    int present = (number().isPresent() ? 1 : 0) + (flag().isPresent() ? 1 : 0) + (hasText ? 1 : 0);
    if (present != 1) {
      return Optional.empty();
    }
    if (number().isPresent()) {
      return Optional.of(IndicatorValueKind.NUMBER);
    }
    return Optional.of(flag().isPresent() ? IndicatorValueKind.YES_NO : IndicatorValueKind.TEXT);
  }

  /**
   * @param number the number
   * @return a value holding that number, undated
   */
  public static IndicatorValue ofNumber(BigDecimal number) {
    return builder().number(number).build();
  }

  /**
   * @param number the number, such as a count of people
   * @return a value holding that number, undated
   */
  public static IndicatorValue ofNumber(long number) {
    return ofNumber(BigDecimal.valueOf(number));
  }

  /**
   * @param flag yes ({@code true}) or no ({@code false})
   * @return a value holding that answer, undated
   */
  public static IndicatorValue ofYesNo(boolean flag) {
    return builder().flag(flag).build();
  }

  /**
   * @param text the described situation
   * @return a value holding that text, undated (for a qualitative indicator only)
   */
  public static IndicatorValue ofText(String text) {
    return builder().text(text).build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  IndicatorValue normalize() {
    if (number().isEmpty() || Decimals.isNormal(number().get())) {
      return this;
    }
    return withNumber(Decimals.normalise(number().get()));
  }

  /** Builds an {@link IndicatorValue}. */
  public static final class Builder extends ImmutableIndicatorValue.Builder {
    Builder() {}
  }
}
