package org.partnershipsdk.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A report's order depends on its violations alone, never on the order an engine found them in:
 * violations that share path, code and value (one check reporting twice at one place) are ordered
 * by their arguments, then by their segments, so that only equal violations tie.
 */
class ViolationOrderTest {
  private static final List<Violation> TIED = List.of(
      violation("participants", List.of("participants"), Map.of("organisation", "b")),
      violation("participants", List.of("participants"), Map.of("organisation", "a")),
      violation("participants", List.of("participants"), Map.of("organisation", "a", "index", 2)),
      violation("participants", List.of("participants"), Map.of("index", 3)),
      violation("participants", List.of("participants"), Map.of("index", "3")),
      violation("participants", List.of("participants"), Map.of()),
      violation("a[b.c]", List.of("a", "b.c"), Map.of()),
      violation("a[b.c]", List.of("a", "b", "c"), Map.of()));

  @Test
  void theOrderIsTheSameWhateverTheOrderFound() {
    List<Violation> expected = TIED.stream().sorted(ModelValidator.ORDER).toList();
    Random random = new Random(17);
    for (int i = 0; i < 200; i++) {
      List<Violation> found = new ArrayList<>(TIED);
      Collections.shuffle(found, random);

      assertThat(found.stream().sorted(ModelValidator.ORDER).toList()).isEqualTo(expected);
    }
  }

  @Test
  void onlyEqualViolationsTie() {
    for (Violation one : TIED) {
      for (Violation other : TIED) {
        assertThat(ModelValidator.ORDER.compare(one, other) == 0).as("%s against %s", one.arguments(),
            other.arguments()).isEqualTo(one.equals(other));
      }
    }
  }

  private static Violation violation(String path, List<String> segments, Map<String, Object> arguments) {
    return new Violation("initiative.participants.duplicate", path, segments, Optional.empty(), arguments);
  }
}
