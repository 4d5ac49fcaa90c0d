package org.partnershipsdk.core.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.partnershipsdk.core.model.Period;
import org.partnershipsdk.core.programme.Programme;
import org.partnershipsdk.core.programme.ProgrammePhase;
import org.partnershipsdk.core.validation.constraints.ProgrammePhasesInOrder;

/** Checks {@link ProgrammePhasesInOrder}. Not for public use. */
public final class ProgrammePhasesInOrderValidator
    implements ConstraintValidator<ProgrammePhasesInOrder, Programme> {
  @Override
  public boolean isValid(Programme programme, ConstraintValidatorContext context) {
    if (programme == null) {
      return true;
    }
    List<ProgrammePhase> phases = programme.phases();
    boolean valid = true;
    for (int later = 1; later < phases.size(); later++) {
      for (int earlier = 0; earlier < later; earlier++) {
        if (!provablyAfter(phases.get(earlier).period(), phases.get(later).period())) {
          ConstraintReports.reportInList(context, "programme.phases.overlap", "phases", later, "period",
              Map.of("phase", phases.get(later).name(), "previous", phases.get(earlier).name()));
          valid = false;
          break;
        }
      }
    }
    return valid;
  }

  /**
   * Whether {@code later} is not proven to begin on or before the last day of {@code earlier}. With
   * an end unknown, the start stands in for it (and the reverse), so that a draft with missing dates
   * is only faulted for what its known dates prove.
   */
  private static boolean provablyAfter(Period earlier, Period later) {
    Optional<LocalDate> earlierLast = earlier.end().or(earlier::start);
    Optional<LocalDate> laterFirst = later.start().or(later::end);
    return earlierLast.isEmpty() || laterFirst.isEmpty() || laterFirst.get().isAfter(earlierLast.get());
  }
}
