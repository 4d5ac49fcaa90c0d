package org.partnershipsdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class GenerationTest {
  private final Gen<List<Integer>> lists = ((Gen<Integer>) c -> c.intBetween(-3, 3)).list(0, 10);

  @Test
  void theSameSeedGivesTheSameValue() {
    for (long seed : Seeds.list(50)) {
      assertThat(lists.generate(GenContext.of(seed))).isEqualTo(lists.generate(GenContext.of(seed)));
    }
  }

  @Test
  void seedsAreDistinctAndStableAcrossRuns() {
    assertThat(Seeds.list(500)).doesNotHaveDuplicates().hasSize(500);
    assertThat(Seeds.list(3)).isEqualTo(Seeds.list(3)).isEqualTo(Seeds.list(10).subList(0, 3));
  }

  @Test
  void theSizeBoundsCollectionsAndDrawsStayInRange() {
    for (long seed : Seeds.list(100)) {
      GenContext context = GenContext.of(seed, 2);
      assertThat(lists.generate(context)).hasSizeLessThanOrEqualTo(2).allMatch(i -> i >= -3 && i <= 3);
      LocalDate date = context.dateBetween(LocalDate.of(2014, 1, 1), LocalDate.of(2014, 1, 3));
      assertThat(date).isBetween(LocalDate.of(2014, 1, 1), LocalDate.of(2014, 1, 3));
    }
  }

  @Test
  void aFailingPropertyNamesItsSeed() {
    Gen<Integer> numbers = c -> c.intBetween(0, 9);
    assertThatThrownBy(() -> PropertyCheck.forAll(numbers, n -> assertThat(n).isLessThan(5)))
        .isInstanceOfSatisfying(PropertyFailure.class, failure -> {
          assertThat(failure.getMessage()).contains("seed " + failure.seed(), "-Dpartnership.seed=" + failure.seed());
          assertThat(numbers.generate(GenContext.of(failure.seed()))).isGreaterThanOrEqualTo(5);
        });
  }

  @Test
  void aHoldingPropertyRunsOverEverySeed() {
    int[] runs = {0};
    PropertyCheck.forAll(Gen.oneOf("CAAC", "EXPLOR"), Seeds.list(42), programme -> runs[0]++);
    assertThat(runs[0]).isEqualTo(42);
  }
}
