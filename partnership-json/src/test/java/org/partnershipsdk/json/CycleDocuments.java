package org.partnershipsdk.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.partnershipsdk.core.cycle.CycleGuard;
import org.partnershipsdk.core.cycle.CycleModel;
import org.partnershipsdk.core.cycle.CycleModels;
import org.partnershipsdk.core.cycle.CycleMove;
import org.partnershipsdk.core.cycle.ProjectCycle;
import org.partnershipsdk.core.cycle.Stage;
import org.partnershipsdk.core.cycle.StageEntry;
import org.partnershipsdk.core.initiative.Initiative;
import org.partnershipsdk.core.model.InitiativeId;
import org.partnershipsdk.core.model.ProgrammeId;
import org.partnershipsdk.core.programme.ParameterSetting;
import org.partnershipsdk.core.programme.ProfileSettings;
import org.partnershipsdk.core.programme.Programme;

/**
 * Illustrative values of what schema version 1.2 added, for the golden files: a funder's programme
 * with its own cycle model and profile settings, and an initiative of it that was sent back,
 * reformulated, closed and reopened, every such move with its reason. The seeds describe no such
 * case; the texts say so.
 */
final class CycleDocuments {
  private CycleDocuments() {}

  /** @return a programme with the funder's cycle, a fast track with a reason, and CAAC's profile tuned */
  static Programme funderProgramme() {
    CycleModel cycle = CycleModel.builder().from(CycleModels.funder()).name("funder-fast-track")
        .addMoves(CycleMove.of(Stage.DESIGN, Stage.IMPLEMENTATION))
        .addMoves(CycleMove.builder().from(Stage.IMPLEMENTATION).to(Stage.DESIGN).reasonRequired(false).build())
        .addGuards(CycleGuard.of(Stage.DECISION, "initiative.results-framework.missing"))
        .build();
    return Programme.builder()
        .id(ProgrammeId.of("illustrative-funder"))
        .name("A funder's programme (illustrative)")
        .description("Illustrative: no seed text describes a funder's cycle; it shows a cycle model and profile"
            + " settings as a programme records them")
        .profile(ProfileSettings.builder().name("caac")
            .set("initiative.follow-up.overdue", "months", 3)
            .addParameters(ParameterSetting.of("assessment.gap.too-wide", "levels", new BigDecimal("1.5")))
            .addDisabledRules("partnership.relation.recent")
            .addEnabledRules("initiative.results-framework.missing")
            .build())
        .cycle(cycle)
        .build();
  }

  /** @return an initiative of that programme sent back from design, closed, then reopened */
  static Initiative reopenedInitiative() {
    return Initiative.builder()
        .id(InitiativeId.of("illustrative-reopened"))
        .title("An initiative sent back, closed and reopened (illustrative)")
        .programme(ProgrammeId.of("illustrative-funder"))
        .cycle(ProjectCycle.of(List.of(
            StageEntry.of(Stage.IDENTIFICATION, LocalDate.of(2020, 1, 13)),
            StageEntry.of(Stage.DESIGN, LocalDate.of(2020, 3, 2)),
            StageEntry.of(Stage.IDENTIFICATION, LocalDate.of(2020, 4, 6),
                "Sent back by the committee: the need is to be rethought with the partner"),
            StageEntry.of(Stage.DESIGN, LocalDate.of(2020, 6, 1)),
            StageEntry.of(Stage.IMPLEMENTATION, LocalDate.of(2020, 9, 7), "Emergency: the fast track"),
            StageEntry.of(Stage.CAPITALISATION, LocalDate.of(2022, 9, 5)),
            StageEntry.of(Stage.CLOSURE, LocalDate.of(2022, 12, 12)),
            StageEntry.of(Stage.IMPLEMENTATION, LocalDate.of(2023, 3, 6), "Reopened: a second phase is funded"))))
        .build();
  }
}
