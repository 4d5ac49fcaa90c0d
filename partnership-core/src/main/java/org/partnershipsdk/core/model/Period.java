package org.partnershipsdk.core.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;
import org.partnershipsdk.core.internal.PartnershipStyle;
import org.partnershipsdk.core.validation.constraints.PeriodInOrder;

/**
 * A span of days, each end optional while a draft is being filled in. Validation reports an end
 * before the start (code {@code period.order}).
 */
@Value.Immutable
@PartnershipStyle
@PeriodInOrder
public abstract class Period implements WithPeriod, Extensible {
  Period() {}

  /** @return the first day */
  public abstract Optional<LocalDate> start();

  /** @return the last day, included */
  public abstract Optional<LocalDate> end();

  /** @return the number of days, both ends included, when both are known */
  public final OptionalLong days() {
    if (start().isEmpty() || end().isEmpty()) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(ChronoUnit.DAYS.between(start().get(), end().get()) + 1);
  }

  /**
   * @param date a day
   * @return whether the day falls within the known ends of the period
   */
  public final boolean contains(LocalDate date) {
    return start().map(s -> !date.isBefore(s)).orElse(true) && end().map(e -> !date.isAfter(e)).orElse(true);
  }

  /**
   * @param start the first day
   * @param end the last day, included
   * @return the period
   */
  public static Period of(LocalDate start, LocalDate end) {
    return builder().start(start).end(end).build();
  }

  /**
   * @param year a calendar year, such as 2016
   * @return the period from its 1 January to its 31 December: a year, as funders report
   */
  public static Period ofYear(int year) {
    return of(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }

  /** @return a period with neither end known */
  public static Period unknown() {
    return builder().build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Period}. */
  public static final class Builder extends ImmutablePeriod.Builder {
    Builder() {}
  }
}
