package org.partnershipsdk.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.partnershipsdk.core.model.Label;

/**
 * The report's order: sorting each element's findings and then the elements gives exactly what a
 * stable sort of every finding gives, ties included, whatever the engine's order of elements.
 */
class FindingOrderTest {
  private static final String[] KINDS = {"initiative", "partnership", "mission", "programme", "unknown-kind"};
  private static final String[] RULES = {"a.rule", "b.rule", "c.rule"};
  private static final String[] PATHS = {"", "title", "period.end", "resultsFramework.indicators[0]"};
  private static final Label MESSAGE = new Label("{n} of {title}", "{n} sur {title}");

  @Test
  void groupedSortIsTheStableSortOfEveryFinding() {
    for (long seed = 0; seed < 500; seed++) {
      Random random = new Random(seed);
      List<Finding> findings = findings(random);
      List<Finding> expected = new ArrayList<>(findings);
      expected.sort(FindingOrder.ORDER);

      List<Finding> sorted = FindingOrder.sort(findings);

      assertThat(sorted).as("seed %d", seed).hasSize(expected.size());
      for (int i = 0; i < expected.size(); i++) {
        assertThat(sorted.get(i)).as("seed %d, finding %d", seed, i).isSameAs(expected.get(i));
      }
    }
  }

  @Test
  void noFindingsGiveAnEmptyReport() {
    assertThat(FindingOrder.sort(List.of())).isEmpty();
  }

  /**
   * Runs of findings on one element, as the engine gives them; few ids, so that one id comes back
   * in runs far apart (an id given twice in a portfolio), and equal findings but for their message.
   */
  private static List<Finding> findings(Random random) {
    List<Finding> findings = new ArrayList<>();
    int elements = random.nextInt(40);
    for (int e = 0; e < elements; e++) {
      SubjectRef subject = new SubjectRef(KINDS[random.nextInt(KINDS.length)], "id-" + random.nextInt(8));
      int count = 1 + random.nextInt(5);
      for (int f = 0; f < count; f++) {
        findings.add(new Finding(RULES[random.nextInt(RULES.length)],
            Severity.values()[random.nextInt(Severity.values().length)], subject, PATHS[random.nextInt(PATHS.length)],
            Map.of("n", random.nextInt(3), "title", "t" + random.nextInt(2)), MESSAGE, "default"));
      }
    }
    return findings;
  }
}
