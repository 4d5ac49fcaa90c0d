package org.partnershipsdk.core.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import java.util.Map;
import org.partnershipsdk.core.cycle.ProjectCycle;
import org.partnershipsdk.core.cycle.StageEntry;
import org.partnershipsdk.core.cycle.TransitionRefusal;
import org.partnershipsdk.core.validation.constraints.CycleHistoryInOrder;

/**
 * Checks {@link CycleHistoryInOrder} by replaying the history: each entry is judged against the
 * entries before it with the rules every cycle model shares, so a single wrong entry is reported
 * once. Not for public use.
 */
public final class CycleHistoryInOrderValidator implements ConstraintValidator<CycleHistoryInOrder, ProjectCycle> {
  @Override
  public boolean isValid(ProjectCycle cycle, ConstraintValidatorContext context) {
    if (cycle == null) {
      return true;
    }
    List<StageEntry> entries = cycle.entries();
    boolean valid = true;
    for (int i = 0; i < entries.size(); i++) {
      List<TransitionRefusal> refusals = ProjectCycle.invariantRefusals(entries.subList(0, i), entries.get(i));
      for (TransitionRefusal refusal : refusals) {
        ConstraintReports.reportInList(context, refusal.code(), "entries", i, refusal.attribute(),
            refusal.arguments());
        valid = false;
      }
    }
    return valid;
  }
}
