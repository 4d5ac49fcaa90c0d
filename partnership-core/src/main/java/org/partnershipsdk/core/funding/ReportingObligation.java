package org.partnershipsdk.core.funding;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.partnershipsdk.core.internal.PartnershipStyle;
import org.partnershipsdk.core.model.DocumentLink;
import org.partnershipsdk.core.model.Extensible;
import org.partnershipsdk.core.model.Period;
import org.partnershipsdk.core.validation.constraints.ReportingObligationConsistent;

/**
 * A report a funding agreement requires (obligation de rendre compte): its number in the agreement,
 * its kind, the period it covers, when it is due, when it was submitted and accepted, and the
 * documents. Validation reports an acceptance without a submission or before it
 * ({@code report.accepted.before-submitted}); the rules report one overdue
 * ({@code agreement.report.overdue}).
 *
 * <pre>{@code
 * ReportingObligation interim = ReportingObligation.builder()
 *     .number(1)
 *     .kind(ReportKind.NARRATIVE)
 *     .period(Period.of(LocalDate.of(2015, 1, 1), LocalDate.of(2015, 12, 31)))
 *     .dueOn(LocalDate.of(2016, 3, 31))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@PartnershipStyle
@ReportingObligationConsistent
public abstract class ReportingObligation implements WithReportingObligation, Extensible {
  ReportingObligation() {}

  /** @return its number in the agreement, from 1, unique there; tranches name it by this number */
  @Positive
  public abstract int number();

  /** @return what it covers */
  public abstract Optional<@NotNull ReportKind> kind();

  /** @return the period it covers */
  public abstract Optional<@Valid Period> period();

  /** @return the day it is due */
  public abstract Optional<LocalDate> dueOn();

  /** @return the day it was submitted to the funder */
  public abstract Optional<LocalDate> submittedOn();

  /** @return the day the funder accepted it */
  public abstract Optional<LocalDate> acceptedOn();

  /** @return the report itself and its annexes */
  public abstract List<@Valid DocumentLink> documents();

  /** @return whether it was submitted */
  public final boolean isSubmitted() {
    return submittedOn().isPresent();
  }

  /**
   * @param day a day
   * @return whether it had been accepted by the end of that day
   */
  public final boolean isAcceptedBy(LocalDate day) {
    return acceptedOn().filter(accepted -> !accepted.isAfter(day)).isPresent();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReportingObligation}. */
  public static final class Builder extends ImmutableReportingObligation.Builder {
    Builder() {}
  }
}
