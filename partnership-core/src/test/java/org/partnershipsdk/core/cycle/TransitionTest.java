package org.partnershipsdk.core.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnershipsdk.core.model.IncompleteValueException;

class TransitionTest {
  private static final TransitionRefusal SAME =
      new TransitionRefusal("cycle.stage.same", "stage", Map.of("to", Stage.DESIGN));

  @Test
  void aMovedTransitionHoldsTheValue() {
    Transition<String> moved = Transition.of("moved");
    assertThat(moved.isMoved()).isTrue();
    assertThat(moved.moved()).contains("moved");
    assertThat(moved.refusals()).isEmpty();
    assertThat(moved.orElseThrow()).isEqualTo("moved");
    assertThat(moved).isEqualTo(Transition.of("moved")).hasSameHashCodeAs(Transition.of("moved"));
    assertThat(moved.toString()).contains("moved");
  }

  @Test
  void mapCarriesAMoveOrARefusalOver() {
    assertThat(Transition.of("abc").map(String::length)).isEqualTo(Transition.of(3));
    Transition<String> refused = Transition.refused(List.of(SAME));
    Transition<Integer> mapped = refused.map(s -> {
      throw new AssertionError("not called on a refusal");
    });
    assertThat(mapped.isMoved()).isFalse();
    assertThat(mapped.refusals()).containsExactly(SAME);
    assertThat(mapped).isEqualTo(Transition.refused(List.of(SAME)));
  }

  @Test
  void aRefusalNeedsAtLeastOneReason() {
    assertThatThrownBy(() -> Transition.refused(List.of())).isInstanceOf(IncompleteValueException.class);
    assertThatThrownBy(() -> Transition.refused(null)).isInstanceOf(IncompleteValueException.class);
    assertThatThrownBy(() -> Transition.refused(java.util.Arrays.asList(SAME, null)))
        .isInstanceOf(IncompleteValueException.class);
    assertThatThrownBy(() -> Transition.of(null)).isInstanceOf(IncompleteValueException.class);
    assertThatThrownBy(() -> Transition.of("x").map(null)).isInstanceOf(IncompleteValueException.class);
  }

  @Test
  void aRefusalHasNoNulls() {
    assertThatThrownBy(() -> new TransitionRefusal(null, "stage", Map.of()))
        .isInstanceOf(IncompleteValueException.class);
    assertThatThrownBy(() -> new TransitionRefusal("cycle.stage.same", null, Map.of()))
        .isInstanceOf(IncompleteValueException.class);
    assertThatThrownBy(() -> new TransitionRefusal("cycle.stage.same", "stage", null))
        .isInstanceOf(IncompleteValueException.class);
    java.util.HashMap<String, Object> withNull = new java.util.HashMap<>();
    withNull.put("to", null);
    assertThatThrownBy(() -> new TransitionRefusal("cycle.stage.same", "stage", withNull))
        .isInstanceOf(IncompleteValueException.class);
  }

  @Test
  void aRefusalIsAValueWithAReadableMessage() {
    TransitionRefusal refusal = new TransitionRefusal("cycle.date.before-last", "date",
        Map.of("date", LocalDate.of(2015, 1, 1), "last", LocalDate.of(2015, 2, 1)));
    assertThat(refusal).isEqualTo(new TransitionRefusal("cycle.date.before-last", "date",
        Map.of("date", LocalDate.of(2015, 1, 1), "last", LocalDate.of(2015, 2, 1))));
    assertThat(refusal.toString()).isEqualTo(
        "cycle.date.before-last: The date January 1, 2015 is before February 1, 2015, the date of the last stage entered");
    assertThat(SAME.message(java.util.Locale.FRENCH)).isEqualTo("Le cycle est déjà à l'étape « Conception »");
  }
}
