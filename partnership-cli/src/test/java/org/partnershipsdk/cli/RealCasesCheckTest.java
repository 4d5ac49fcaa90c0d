package org.partnershipsdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.partnershipsdk.core.rules.Profiles;
import org.partnershipsdk.core.rules.RuleReport;
import org.partnershipsdk.core.rules.RulesEngine;
import org.partnershipsdk.cli.CliFixtures.Run;
import org.partnershipsdk.json.PartnershipJson;
import org.partnershipsdk.testkit.RealCases;
import tools.jackson.databind.JsonNode;

/** The checker on the real cases of the seeds: what it reports is what the rules engine finds. */
class RealCasesCheckTest {
  private static final DocumentLoader REAL_CASES = CliFixtures.loader(Map.of("real-cases.json", RealCases.portfolio()));

  @ParameterizedTest
  @ValueSource(strings = {"default", "caac", "explor"})
  void theCheckReportsExactlyTheEnginesFindingsAndNoViolation(String profile) {
    RuleReport expected = RulesEngine.of(Profiles.byName(profile).orElseThrow(), RealCases.clock())
        .evaluate(RealCases.portfolio());
    Run run = CliFixtures.run(REAL_CASES, "check", "real-cases.json", "--format", "json", "--profile", profile,
        "--as-of", RealCases.asOf().toString());
    assertThat(run.exitCode()).isEqualTo(expected.hasErrors() ? PartnershipCli.ERRORS : PartnershipCli.OK);
    List<String> reported = new ArrayList<>();
    for (JsonNode finding : PartnershipJson.mapper().readTree(run.out()).get("findings")) {
      assertThat(finding.get("source").asString()).isEqualTo("rules");
      reported.add(finding.get("subject").get("kind").asString() + " " + finding.get("subject").get("id").asString()
          + " " + finding.get("severity").asString() + " " + finding.get("rule").asString() + " "
          + finding.get("path").asString());
    }
    assertThat(reported).isNotEmpty().containsExactlyElementsOf(expected.findings().stream()
        .map(f -> f.subject().kind() + " " + f.subject().id() + " " + f.severity().code() + " " + f.ruleId() + " "
            + f.path())
        .toList());
  }
}
