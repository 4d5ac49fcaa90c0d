package org.partnershipsdk.core.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.partnershipsdk.core.cycle.CycleGuard;
import org.partnershipsdk.core.cycle.CycleModel;
import org.partnershipsdk.core.cycle.CycleMove;
import org.partnershipsdk.core.cycle.Stage;
import org.partnershipsdk.core.validation.constraints.CycleModelConsistent;

/** Checks {@link CycleModelConsistent}; stages are named by their codes. Not for public use. */
public final class CycleModelConsistentValidator implements ConstraintValidator<CycleModelConsistent, CycleModel> {
  private static final String UNKNOWN = "cycle.model.stage.unknown";

  @Override
  public boolean isValid(CycleModel model, ConstraintValidatorContext context) {
    if (model == null) {
      return true;
    }
    boolean valid = checkPath(model.path(), context);
    Set<Stage> path = model.path().isEmpty() ? EnumSet.noneOf(Stage.class) : EnumSet.copyOf(model.path());
    for (Stage optional : model.optionalStages()) {
      if (!path.contains(optional)) {
        valid = report(context, UNKNOWN, optional, "optionalStages");
      } else if (model.path().get(0) == optional || model.path().get(model.path().size() - 1) == optional) {
        valid = report(context, "cycle.model.optional.end", optional, "optionalStages");
      }
    }
    List<CycleMove> moves = model.moves();
    for (int i = 0; i < moves.size(); i++) {
      CycleMove move = moves.get(i);
      if (!path.contains(move.from()) && move.from() != Stage.CANCELLED) {
        valid = reportInList(context, UNKNOWN, move.from(), "moves", i, "from");
      }
      if (!path.contains(move.to())) {
        valid = reportInList(context, UNKNOWN, move.to(), "moves", i, "to");
      } else if (move.from() == move.to()) {
        valid = reportInList(context, "cycle.model.move.same", move.to(), "moves", i, "to");
      }
    }
    List<CycleGuard> guards = model.guards();
    for (int i = 0; i < guards.size(); i++) {
      if (!path.contains(guards.get(i).stage())) {
        valid = reportInList(context, UNKNOWN, guards.get(i).stage(), "guards", i, "stage");
      }
    }
    return valid;
  }

  private static boolean checkPath(List<Stage> path, ConstraintValidatorContext context) {
    if (path.isEmpty()) {
      ConstraintReports.report(context, "cycle.model.path.empty", "path", Map.of());
      return false;
    }
    boolean valid = true;
    Set<Stage> seen = EnumSet.noneOf(Stage.class);
    for (int i = 0; i < path.size(); i++) {
      Stage stage = path.get(i);
      if (!stage.isOrdered()) {
        valid = reportInList(context, "cycle.model.stage.not-on-path", stage, "path", i, null);
      } else if (!seen.add(stage)) {
        valid = reportInList(context, "cycle.model.stage.repeated", stage, "path", i, null);
      }
    }
    return valid;
  }

  private static boolean report(ConstraintValidatorContext context, String code, Stage stage, String property) {
    ConstraintReports.report(context, code, property, Map.of("stage", stage.code()));
    return false;
  }

  private static boolean reportInList(ConstraintValidatorContext context, String code, Stage stage, String list,
      int index, String property) {
    ConstraintReports.reportInList(context, code, list, index, property, Map.of("stage", stage.code()));
    return false;
  }
}
