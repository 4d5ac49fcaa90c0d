package org.partnershipsdk.core.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.partnershipsdk.core.model.Coded;
import org.partnershipsdk.core.model.UnknownCodeException;

class StageTest {

  @Test
  void theStagesOfTheStandardPathFollowOneAnother() {
    assertThat(Stage.IDENTIFICATION.next()).contains(Stage.DESIGN);
    assertThat(Stage.DESIGN.next()).contains(Stage.IMPLEMENTATION);
    assertThat(Stage.IMPLEMENTATION.next()).contains(Stage.EVALUATION);
    assertThat(Stage.EVALUATION.next()).contains(Stage.CAPITALISATION);
    assertThat(Stage.CAPITALISATION.next()).contains(Stage.CLOSURE);
    assertThat(Stage.CLOSURE.next()).isEmpty();
    assertThat(Stage.INSTRUCTION.next()).contains(Stage.DECISION);
    assertThat(Stage.DECISION.next()).contains(Stage.IMPLEMENTATION);
    assertThat(Arrays.stream(Stage.values()).filter(Stage::isOrdered))
        .containsExactly(Stage.IDENTIFICATION, Stage.DESIGN, Stage.INSTRUCTION, Stage.DECISION, Stage.IMPLEMENTATION,
            Stage.EVALUATION, Stage.CAPITALISATION, Stage.CLOSURE);
  }

  @Test
  void suspendedAndCancelledAreOutsideTheOrderAndNeedAReason() {
    assertThat(Stage.SUSPENDED.isOrdered()).isFalse();
    assertThat(Stage.CANCELLED.isOrdered()).isFalse();
    assertThat(Stage.SUSPENDED.next()).isEmpty();
    assertThat(Stage.CANCELLED.next()).isEmpty();
    assertThat(Arrays.stream(Stage.values()).filter(Stage::requiresReason))
        .containsExactly(Stage.SUSPENDED, Stage.CANCELLED);
  }

  @Test
  void cancellationAndClosureEndTheCycle() {
    assertThat(Arrays.stream(Stage.values()).filter(Stage::isTerminal))
        .containsExactly(Stage.CLOSURE, Stage.CANCELLED);
  }

  @Test
  void codesAreStableAndLabelsBilingual() {
    assertThat(Arrays.stream(Stage.values()).map(Stage::code)).containsExactly(
        "identification", "design", "instruction", "decision", "implementation", "evaluation", "capitalisation",
        "closure", "suspended", "cancelled");
    assertThat(Stage.IMPLEMENTATION.label(Locale.FRENCH)).isEqualTo("Mise en œuvre");
    assertThat(Stage.DESIGN.label(Locale.FRENCH)).isEqualTo("Conception");
    assertThat(Stage.DESIGN.label(Locale.ENGLISH)).isEqualTo("Design");
    assertThat(Coded.fromCode(Stage.class, "capitalisation")).isEqualTo(Stage.CAPITALISATION);
    assertThatThrownBy(() -> Coded.fromCode(Stage.class, "closed")).isInstanceOf(UnknownCodeException.class);
  }
}
