package org.partnershipsdk.rules.cel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

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
import org.partnershipsdk.core.rules.Profiles;
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
  void theProfileSectionsSetTakesEffectOnTheParametersAndTheFindings() {
    Profile acme = RuleFiles.load(OFFICER).profile();
    assertThat(acme.parameter("acme.mission.report-late", "maxDays")).isEqualTo(45);
    assertThat(acme.parameter("initiative.follow-up.overdue", "months")).isEqualTo(3);
    assertThat(Profiles.caac().parameter("initiative.follow-up.overdue", "months")).isNotEqualTo(3);
    Portfolio portfolio = RealCases.portfolio();
    VolunteerMission mission = portfolio.missions().get(0);
    VolunteerMission late = mission.withMissionReturn(MissionReturn.builder()
        .reportDelivered(mission.lastDay().orElseThrow().plusDays(50)).build());
    List<Finding> findings = RulesEngine.of(acme, RealCases.clock()).evaluate(portfolio.withMissions(late))
        .of("acme.mission.report-late");
    assertThat(findings).as("50 days: late for 45, not for the default 60").singleElement()
        .satisfies(f -> assertThat(f.message(Locale.ENGLISH)).endsWith("came 50 days after its last day, more than 45"));
  }

  @Test
  void aLaterFilesProfileSectionEnablesWhatAnEarlierOneDisabled() {
    RuleFile reEnable = RuleFiles.read("re-enable.yaml", """
        format: partnership-rules/1
        profile:
          name: acme-all
          base: caac
          enable: [partnership.relation.recent]
          disable: [initiative.sdg.missing]
          set:
            initiative.follow-up.overdue: {months: 4}
        """);
    Profile composed = RuleFiles.compose(Profiles.caac(), List.of(RuleFiles.load(OFFICER), reEnable));
    assertThat(composed.name()).isEqualTo("acme-all");
    assertThat(composed.isEnabled("partnership.relation.recent")).isTrue();
    assertThat(composed.isEnabled("initiative.sdg.missing")).isFalse();
    assertThat(composed.isEnabled("acme.mission.report-late")).as("from the first file").isTrue();
    assertThat(composed.parameter("acme.mission.report-late", "maxDays")).as("kept from the first file")
        .isEqualTo(45);
    assertThat(composed.parameter("initiative.follow-up.overdue", "months")).as("the later file wins")
        .isEqualTo(4);
    assertThat(RulesEngine.of(composed, RealCases.clock()).evaluate(RealCases.portfolio())
        .of("partnership.relation.recent")).as("the enabled rule runs").isNotEmpty()
        .extracting(Finding::subject, f -> f.message(Locale.ENGLISH))
        .isEqualTo(RulesEngine.of(Profiles.caac(), RealCases.clock()).evaluate(RealCases.portfolio())
            .of("partnership.relation.recent").stream().map(f -> tuple(f.subject(), f.message(Locale.ENGLISH)))
            .toList());
  }

  @Test
  void aJsonRuleFileLoadsAndFindsAsItsYamlTwinDoes() {
    String json = """
        {
          "format": "partnership-rules/1",
          "rules": [{
            "id": "acme.mission.report-late",
            "subject": "mission",
            "severity": "info",
            "title": {"en": "Report handed in late", "fr": "Rapport remis tardivement"},
            "explanation": {"en": "A late report loses what was fresh.", "fr": "Un rapport tardif perd ce qui était frais."},
            "message": {"en": "The report of {mission} came {days} days after its last day",
                        "fr": "Le rapport de « {mission} » est arrivé {days} jours après son dernier jour"},
            "parameters": {"maxDays": {"type": "int", "default": 60,
                           "description": {"en": "Days allowed", "fr": "Jours permis"}}},
            "when": "has(mission.lastDay) && has(mission.missionReturn.reportDelivered) && daysBetween(mission.lastDay, mission.missionReturn.reportDelivered) > params.maxDays",
            "path": "missionReturn.reportDelivered",
            "arguments": {"mission": "nameOf(mission)",
                          "days": "daysBetween(mission.lastDay, mission.missionReturn.reportDelivered)"}
          }]
        }
        """;
    assertThat(SCHEMA.validate(json, InputFormat.JSON)).isEmpty();
    RuleFile file = RuleFiles.read("acme.rules.json", json);
    assertThat(file.name()).isEqualTo("acme");
    Portfolio portfolio = RealCases.portfolio();
    VolunteerMission mission = portfolio.missions().get(0);
    VolunteerMission late = mission.withMissionReturn(MissionReturn.builder()
        .reportDelivered(mission.lastDay().orElseThrow().plusDays(75)).build());
    List<Finding> findings = RulesEngine.of(file.applyTo(Profile.builder("json").build()), RealCases.clock())
        .evaluate(portfolio.withMissions(late)).findings();
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("acme.mission.report-late");
      assertThat(f.path()).isEqualTo("missionReturn.reportDelivered");
      assertThat(f.message(Locale.FRENCH)).isEqualTo("Le rapport de « " + mission.title()
          + " » est arrivé 75 jours après son dernier jour");
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
