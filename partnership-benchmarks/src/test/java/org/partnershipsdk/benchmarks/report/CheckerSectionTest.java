package org.partnershipsdk.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class CheckerSectionTest {
  @Test
  void theCheckIsSetAgainstTheSumOfItsParts() {
    ObjectNode figures = JsonMapper.builder().build().createObjectNode();
    figures.put("checkSeconds", 12.0).put("readSeconds", 4.0).put("validateSeconds", 3.0).put("rulesSeconds", 1.0)
        .put("initiatives", 100_000).put("violations", 7).put("findings", 250_000)
        .put("peakHeapBytes", 1.5e9).put("peakLiveHeapBytes", 9e8).put("maxHeapBytes", 4e9);

    String section = CheckerSection.render(figures);

    assertThat(section).startsWith("## The checker end to end")
        .contains("100,000 generated initiatives", "| validate (7 violations) |", "| rules (250,000 findings) |",
            "| check vs the sum of its parts | 1.50× the time |");
  }
}
