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
  void theFiveOrderedStagesFollowOneAnother() {
    assertThat(Stage.IDENTIFICATION.next()).contains(Stage.DESIGN);
    assertThat(Stage.DESIGN.next()).contains(Stage.IMPLEMENTATION);
    assertThat(Stage.IMPLEMENTATION.next()).contains(Stage.EVALUATION);
    assertThat(Stage.EVALUATION.next()).contains(Stage.CAPITALISATION);
    assertThat(Stage.CAPITALISATION.next()).isEmpty();
    assertThat(Arrays.stream(Stage.values()).filter(Stage::isOrdered))
        .containsExactly(Stage.IDENTIFICATION, Stage.DESIGN, Stage.IMPLEMENTATION, Stage.EVALUATION,
            Stage.CAPITALISATION);
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
        .containsExactly(Stage.CAPITALISATION, Stage.CANCELLED);
  }

  @Test
  void codesAreStableAndLabelsBilingual() {
    assertThat(Arrays.stream(Stage.values()).map(Stage::code)).containsExactly(
        "identification", "design", "implementation", "evaluation", "capitalisation", "suspended", "cancelled");
    assertThat(Stage.IMPLEMENTATION.label(Locale.FRENCH)).isEqualTo("Mise en œuvre");
    assertThat(Stage.DESIGN.label(Locale.FRENCH)).isEqualTo("Conception");
    assertThat(Stage.DESIGN.label(Locale.ENGLISH)).isEqualTo("Design");
    assertThat(Coded.fromCode(Stage.class, "capitalisation")).isEqualTo(Stage.CAPITALISATION);
    assertThatThrownBy(() -> Coded.fromCode(Stage.class, "closed")).isInstanceOf(UnknownCodeException.class);
  }
}
