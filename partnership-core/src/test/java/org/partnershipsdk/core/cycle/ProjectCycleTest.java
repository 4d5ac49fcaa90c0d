package org.partnershipsdk.core.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnershipsdk.core.model.IncompleteValueException;

class ProjectCycleTest {
  private static final LocalDate JAN = LocalDate.of(2015, 1, 5);
  private static final LocalDate MAR = LocalDate.of(2015, 3, 2);

  @Test
  void anEmptyCycleHasNoCurrentStage() {
    ProjectCycle cycle = ProjectCycle.empty();
    assertThat(cycle.entries()).isEmpty();
    assertThat(cycle.current()).isEmpty();
    assertThat(cycle.currentStage()).isEmpty();
    assertThat(cycle.entered(Stage.IDENTIFICATION)).isEmpty();
    assertThat(cycle.lastOrderedStage()).isEmpty();
  }

  @Test
  void builtDirectlyTheHistoryIsKeptAsGiven() {
    ProjectCycle cycle = ProjectCycle.builder()
        .addEntry(StageEntry.of(Stage.IDENTIFICATION, JAN))
        .addEntry(StageEntry.of(Stage.DESIGN, MAR))
        .build();
    assertThat(cycle.currentStage()).contains(Stage.DESIGN);
    assertThat(cycle.current()).contains(StageEntry.of(Stage.DESIGN, MAR));
    assertThat(cycle.entered(Stage.IDENTIFICATION)).contains(JAN);
    assertThat(cycle.entered(Stage.IMPLEMENTATION)).isEmpty();
    assertThat(ProjectCycle.of(List.of(StageEntry.of(Stage.IDENTIFICATION, JAN), StageEntry.of(Stage.DESIGN, MAR))))
        .isEqualTo(cycle)
        .hasSameHashCodeAs(cycle);
  }

  @Test
  void copiesAreValuesToo() {
    ProjectCycle cycle = ProjectCycle.of(List.of(StageEntry.of(Stage.IDENTIFICATION, JAN)));
    ProjectCycle rewritten = cycle.withEntries(StageEntry.of(Stage.IDENTIFICATION, MAR));
    assertThat(rewritten.entered(Stage.IDENTIFICATION)).contains(MAR);
    assertThat(cycle.entered(Stage.IDENTIFICATION)).contains(JAN);
    assertThat(ProjectCycle.builder().from(rewritten).build()).isEqualTo(rewritten);
    assertThat(rewritten).isNotEqualTo(cycle);
  }

  @Test
  void anEntryIsAValue() {
    StageEntry entry = StageEntry.of(Stage.SUSPENDED, MAR, "Borders closed");
    assertThat(entry.stage()).isEqualTo(Stage.SUSPENDED);
    assertThat(entry.date()).isEqualTo(MAR);
    assertThat(entry.reason()).contains("Borders closed");
    assertThat(entry.withReason("Funding delayed").reason()).contains("Funding delayed");
    assertThat(entry).isEqualTo(StageEntry.builder().stage(Stage.SUSPENDED).date(MAR).reason("Borders closed").build());
    assertThat(StageEntry.of(Stage.DESIGN, MAR).reason()).isEmpty();
  }

  @Test
  void anEntryNeedsAStageAndADate() {
    assertThatThrownBy(() -> StageEntry.builder().stage(Stage.DESIGN).build())
        .isInstanceOfSatisfying(IncompleteValueException.class, e -> assertThat(e.attributes()).contains("date"));
    assertThatThrownBy(() -> StageEntry.of(null, MAR)).isInstanceOf(IncompleteValueException.class);
    assertThatThrownBy(() -> StageEntry.of(Stage.DESIGN, MAR, null)).isInstanceOf(IncompleteValueException.class);
  }

  @Test
  void nullArgumentsAreIncompleteValues() {
    ProjectCycle cycle = ProjectCycle.empty();
    assertThatThrownBy(() -> cycle.moveTo(null, JAN)).isInstanceOf(IncompleteValueException.class);
    assertThatThrownBy(() -> cycle.moveTo(Stage.IDENTIFICATION, null)).isInstanceOf(IncompleteValueException.class);
    assertThatThrownBy(() -> cycle.moveTo(Stage.SUSPENDED, JAN, null)).isInstanceOf(IncompleteValueException.class);
    assertThatThrownBy(() -> cycle.moveTo((StageEntry) null)).isInstanceOf(IncompleteValueException.class);
    assertThatThrownBy(() -> cycle.entered(null)).isInstanceOf(IncompleteValueException.class);
    assertThatThrownBy(() -> ProjectCycle.of(null)).isInstanceOf(IncompleteValueException.class);
  }

  @Test
  void toStringShowsTheHistory() {
    ProjectCycle cycle = ProjectCycle.of(List.of(StageEntry.of(Stage.IDENTIFICATION, JAN)));
    assertThat(cycle.toString()).contains("IDENTIFICATION").contains("2015-01-05");
  }
}
