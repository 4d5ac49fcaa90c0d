package org.partnershipsdk.rules.cel;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.partnershipsdk.core.initiative.CoFinancing;
import org.partnershipsdk.core.initiative.Initiative;
import org.partnershipsdk.core.mission.MissionReturn;
import org.partnershipsdk.core.mission.VolunteerMission;
import org.partnershipsdk.core.model.Money;
import org.partnershipsdk.core.model.OrganisationId;
import org.partnershipsdk.core.portfolio.Portfolio;
import org.partnershipsdk.core.rules.Finding;
import org.partnershipsdk.core.rules.Profile;
import org.partnershipsdk.core.rules.RulesEngine;
import org.partnershipsdk.testkit.RealCases;

/** The shipped example files load, check against the format's JSON Schema, and run on the real cases. */
class RuleFileExamplesTest {
  static final Path EXAMPLES = Path.of("..", "partnership-examples", "src", "main", "resources", "examples", "rules");
  static final Path OFFICER = EXAMPLES.resolve("programme-officer.rules.yaml");
  private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
      .getSchema(RuleFiles.schema(), InputFormat.JSON);

  private static List<String> schemaErrors(String yaml) {
    return SCHEMA.validate(yaml, InputFormat.YAML).stream().map(Error::toString).toList();
  }

  @Test
  void theProgrammeOfficersFileDerivesAProfileFromCaacAndFindsInBothLanguages() {
    RuleFile file = RuleFiles.load(OFFICER);
    Profile acme = file.profile();
    assertThat(acme.name()).isEqualTo("acme");
    assertThat(acme.isEnabled("acme.initiative.funder-share-too-high")).isTrue();
    assertThat(acme.isEnabled("partnership.relation.recent")).isFalse();
    assertThat(acme.isEnabled("initiative.sdg.missing")).as("from CAAC").isTrue();
    Portfolio portfolio = RealCases.portfolio();
    Initiative first = portfolio.initiatives().get(0);
    OrganisationId funder = portfolio.organisations().get(0).id();
    Initiative financed = first.withBudget(Money.of("10000", "EUR"))
        .withCoFinancing(CoFinancing.of(funder, Money.of("1500", "EUR")), CoFinancing.of(funder, Money.of("8500", "EUR")));
    List<Finding> findings = RulesEngine.of(acme, RealCases.clock())
        .evaluate(portfolio.withInitiatives(financed)).of("acme.initiative.funder-share-too-high");
    String name = portfolio.organisations().get(0).name();
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.path()).isEqualTo("coFinancing[1].amount");
      assertThat(f.message(Locale.ENGLISH))
          .isEqualTo(name + " finances 8,500 EUR of a budget of 10,000 EUR, more than 80 %");
      assertThat(f.message(Locale.FRENCH)).isEqualTo(name + " finance 8 500 EUR d'un budget de 10 000 EUR, plus de 80 %");
    });
  }

  @Test
  void theShippedFilesFollowTheSchemaAndTheSchemaSeesABrokenOne() throws IOException {
    try (var files = Files.list(EXAMPLES)) {
      for (Path file : files.toList()) {
        assertThat(schemaErrors(Files.readString(file))).as(file.toString()).isEmpty();
      }
    }
    assertThat(schemaErrors(Files.readString(OFFICER).replace("severity: info", "severity: fatal")
        .replace("    when: |", "    wen: |"))).hasSizeGreaterThanOrEqualTo(2);
  }

  @Test
  void theProjectReadmesRuleFileLoadsAndFindsALateReportInBothLanguages() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"));
    int start = readme.indexOf("```yaml\nformat: partnership-rules/1") + 8;
    RuleFile file = RuleFiles.read("README.md", readme.substring(start, readme.indexOf("```", start)));
    Portfolio portfolio = RealCases.portfolio();
    VolunteerMission mission = portfolio.missions().get(0);
    LocalDate last = mission.lastDay().orElseThrow();
    VolunteerMission late = mission.withMissionReturn(MissionReturn.builder().reportDelivered(last.plusDays(75)).build());
    List<Finding> findings = RulesEngine.of(file.applyTo(Profile.builder("readme").build()), RealCases.clock())
        .evaluate(portfolio.withMissions(late)).findings();
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.path()).isEqualTo("missionReturn.reportDelivered");
      assertThat(f.message(Locale.ENGLISH)).isEqualTo("The report of \"" + mission.title()
          + "\" came 75 days after its last day");
      assertThat(f.message(Locale.FRENCH)).isEqualTo("Le rapport de « " + mission.title()
          + " » est arrivé 75 jours après son dernier jour");
    });
  }

  @Test
  void theReadmeShowsTheProgrammeOfficersFileAsItIs() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    String block = readme.substring(readme.indexOf("```yaml\n") + 8, readme.indexOf("```", readme.indexOf("```yaml\n") + 8));
    assertThat(Files.readString(OFFICER)).contains(block);
  }
}
