package org.partnershipsdk.core.cycle;

import java.util.List;
import java.util.Optional;

/**
 * The built-in cycle models.
 *
 * <ul>
 *   <li>{@link #standard()} ({@code standard}): identification → design → implementation →
 *       evaluation → capitalisation → closure, the evaluation optional (frequent but not
 *       systematic); any stage may go back to an earlier one with a reason, and a closed or
 *       cancelled cycle may be reopened at any stage before closure with a reason. No guard. It is
 *       the model of an initiative whose programme names none, and of
 *       {@link ProjectCycle#moveTo(StageEntry)}.
 *   <li>{@link #funder()} ({@code funder}): the same, with the funder's side between design and
 *       implementation: instruction (the file is examined) and decision (the committee decides).
 *       Its guards: the results framework exists before instruction, the agreements that fund the
 *       initiative are signed before implementation, and the final reports they owe are submitted
 *       before closure.
 * </ul>
 *
 * <p>Derive your own with {@code CycleModel.builder().from(CycleModels.standard())}.
 */
public final class CycleModels {
  /** The id of the rule that guards instruction in the funder's model. */
  public static final String RESULTS_FRAMEWORK_GUARD = "initiative.results-framework.missing";
  /** The id of the rule that guards implementation in the funder's model. */
  public static final String SIGNED_AGREEMENT_GUARD = "initiative.implementation.agreement-unsigned";
  /** The id of the rule that guards closure in the funder's model. */
  public static final String FINAL_REPORT_GUARD = "initiative.closure.final-report-missing";

  private static final CycleModel STANDARD = model("standard", List.of(Stage.IDENTIFICATION, Stage.DESIGN,
      Stage.IMPLEMENTATION, Stage.EVALUATION, Stage.CAPITALISATION, Stage.CLOSURE)).build();
  private static final CycleModel FUNDER = model("funder", List.of(Stage.IDENTIFICATION, Stage.DESIGN,
      Stage.INSTRUCTION, Stage.DECISION, Stage.IMPLEMENTATION, Stage.EVALUATION, Stage.CAPITALISATION, Stage.CLOSURE))
      .addGuards(CycleGuard.of(Stage.INSTRUCTION, RESULTS_FRAMEWORK_GUARD),
          CycleGuard.of(Stage.IMPLEMENTATION, SIGNED_AGREEMENT_GUARD),
          CycleGuard.of(Stage.CLOSURE, FINAL_REPORT_GUARD))
      .build();

  private CycleModels() {}

  /** @return the standard model, named {@code standard} */
  public static CycleModel standard() {
    return STANDARD;
  }

  /** @return the funder's model, with instruction and decision, named {@code funder} */
  public static CycleModel funder() {
    return FUNDER;
  }

  /** @return the built-in models: standard, funder */
  public static List<CycleModel> all() {
    return List.of(STANDARD, FUNDER);
  }

  /**
   * @param name a model's name: {@code standard} or {@code funder}
   * @return the built-in model with that name
   */
  public static Optional<CycleModel> byName(String name) {
    return all().stream().filter(model -> model.name().equals(name)).findFirst();
  }

  /**
   * A path with the evaluation optional, every back-move and every reopening before closure, each
   * with a reason.
   */
  private static CycleModel.Builder model(String name, List<Stage> path) {
    CycleModel.Builder model = CycleModel.builder().name(name).addAllPath(path).addOptionalStages(Stage.EVALUATION);
    Stage last = path.get(path.size() - 1);
    for (int to = 0; to < path.size() - 1; to++) {
      for (int from = to + 1; from < path.size() - 1; from++) {
        model.addMoves(CycleMove.of(path.get(from), path.get(to)));
      }
    }
    for (Stage terminal : List.of(last, Stage.CANCELLED)) {
      for (Stage to : path.subList(0, path.size() - 1)) {
        model.addMoves(CycleMove.of(terminal, to));
      }
    }
    return model;
  }
}
