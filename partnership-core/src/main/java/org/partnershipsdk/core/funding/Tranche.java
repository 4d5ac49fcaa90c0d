package org.partnershipsdk.core.funding;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;
import org.partnershipsdk.core.internal.PartnershipStyle;
import org.partnershipsdk.core.model.Extensible;
import org.partnershipsdk.core.model.Money;
import org.partnershipsdk.core.model.Referable;
import org.partnershipsdk.core.validation.constraints.TrancheConsistent;

/**
 * A payment a funding agreement plans (tranche, versement): its number in the agreement, when and
 * how much, the condition it is paid on, and whether it was requested and paid. A tranche paid on a
 * report being accepted names that report by its {@linkplain ReportingObligation#number() number}
 * in {@link #afterReport()}. Validation reports a paid tranche without its payment day, and a
 * payment day on a tranche not marked paid ({@code tranche.paid.date-missing},
 * {@code tranche.paid.status-mismatch}).
 *
 * <pre>{@code
 * Tranche second = Tranche.builder()
 *     .number(2)
 *     .plannedOn(LocalDate.of(2016, 9, 1))
 *     .amount(Money.of("20000", "EUR"))
 *     .condition("Interim report accepted")
 *     .afterReport(1)
 *     .status(TrancheStatus.PAID)
 *     .paidOn(LocalDate.of(2016, 10, 3))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@PartnershipStyle
@TrancheConsistent
public abstract class Tranche implements WithTranche, Extensible, Referable {
  Tranche() {}

  /** @return its number in the agreement, from 1, unique there: "the second tranche" */
  @Positive
  public abstract int number();

  /** @return the day it is planned for */
  public abstract Optional<LocalDate> plannedOn();

  /** @return the amount planned */
  public abstract Optional<@Valid Money> amount();

  /** @return the condition it is paid on, in words, such as "interim report accepted" */
  public abstract Optional<String> condition();

  /**
   * @return the {@linkplain ReportingObligation#number() number} of the agreement's report that
   *     must be accepted before the tranche is paid
   */
  public abstract OptionalInt afterReport();

  /** @return where it stands; planned unless stated */
  @Value.Default
  public TrancheStatus status() {
    return TrancheStatus.PLANNED;
  }

  /** @return the day it was paid */
  public abstract Optional<LocalDate> paidOn();

  /** @return the amount paid, when it differs from the amount planned */
  public abstract Optional<@Valid Money> paidAmount();

  /** @return whether it was paid */
  public final boolean isPaid() {
    return status() == TrancheStatus.PAID;
  }

  /** @return the amount paid: the amount stated as paid, or the amount planned; empty if not paid */
  public final Optional<Money> amountPaid() {
    if (!isPaid()) {
      return Optional.empty();
    }
    return paidAmount().isPresent() ? paidAmount() : amount();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Tranche}. */
  public static final class Builder extends ImmutableTranche.Builder {
    Builder() {}
  }
}
