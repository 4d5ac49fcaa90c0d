package org.partnershipsdk.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnershipsdk.core.cycle.CycleModel;
import org.partnershipsdk.core.cycle.StageEntry;
import org.partnershipsdk.core.initiative.Initiative;
import org.partnershipsdk.core.portfolio.Portfolio;
import org.partnershipsdk.core.programme.Programme;
import org.partnershipsdk.core.rules.RuleReport;
import org.partnershipsdk.core.rules.RulesEngine;

/**
 * What schema version 1.2 added round-trips: a back-move and a reopening with their reasons, a
 * programme's cycle model and profile settings; and a document of 1.1 that knows none of it reads
 * as before.
 */
class CycleWireFormatTest {
  private static final PartnershipJson JSON = PartnershipJson.create();

  @Test
  void aBackMoveAndAReopeningWithTheirReasonsRoundTrip() {
    Initiative reopened = CycleDocuments.reopenedInitiative();
    String text = JSON.write(DocumentType.INITIATIVE, reopened);
    assertThat(text).contains("\"schemaVersion\":\"1.2\"")
        .contains("{\"stage\":\"identification\",\"date\":\"2020-04-06\",\"reason\":\"Sent back by the committee:")
        .contains("{\"stage\":\"implementation\",\"date\":\"2023-03-06\",\"reason\":\"Reopened: a second phase is funded\"}");
    assertThat(JSON.strict().validating().read(DocumentType.INITIATIVE, text)).isEqualTo(reopened);
  }

  @Test
  void aProgrammesCycleModelAndProfileSettingsRoundTrip() {
    Programme programme = CycleDocuments.funderProgramme();
    String text = JSON.write(DocumentType.PROGRAMME, programme);
    assertThat(text).contains("\"profile\":{\"name\":\"caac\",\"parameters\":[{\"rule\":\"initiative.follow-up.overdue\","
        + "\"parameter\":\"months\",\"value\":\"3\"},{\"rule\":\"assessment.gap.too-wide\",\"parameter\":\"levels\","
        + "\"value\":\"1.5\"}],\"disabledRules\":[\"partnership.relation.recent\"],"
        + "\"enabledRules\":[\"initiative.results-framework.missing\"]}")
        .contains("\"cycle\":{\"name\":\"funder-fast-track\",\"path\":[\"identification\",\"design\",\"instruction\","
            + "\"decision\",\"implementation\",\"evaluation\",\"capitalisation\",\"closure\"],"
            + "\"optionalStages\":[\"evaluation\"],\"moves\":[{\"from\":\"design\",\"to\":\"identification\","
            + "\"reasonRequired\":true}");
    assertThat(JSON.strict().validating().read(DocumentType.PROGRAMME, text)).isEqualTo(programme);
  }

  @Test
  void theReopenedInitiativeFollowsItsProgrammesModelAndItsRulesAreItsProgrammes() {
    Programme programme = CycleDocuments.funderProgramme();
    Initiative reopened = CycleDocuments.reopenedInitiative();
    CycleModel model = programme.cycleModel();
    List<StageEntry> entries = reopened.cycle().entries();
    for (int i = 0; i < entries.size(); i++) {
      assertThat(model.refusals(entries.subList(0, i), entries.get(i))).as("entry %d", i).isEmpty();
    }
    Portfolio portfolio = Portfolio.builder().addProgrammes(programme).addInitiatives(reopened).build();
    Clock clock = Clock.fixed(LocalDate.of(2024, 6, 30).atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
    RuleReport report = RulesEngine.byProgramme(clock).evaluate(JSON.read(DocumentType.PORTFOLIO,
        JSON.write(DocumentType.PORTFOLIO, portfolio)));
    // No cycle finding: the history follows the programme's model. Its profile is CAAC's with the
    // programme's three months of follow-up and the results framework asked for.
    assertThat(report.findings()).extracting(f -> f.profile() + " " + f.ruleId() + " " + f.path()).containsExactly(
        "caac@illustrative-funder initiative.follow-up.overdue followUpContacts",
        "caac@illustrative-funder initiative.results-framework.missing resultsFramework",
        "caac@illustrative-funder initiative.results.empty-after-design resultsFramework",
        "caac@illustrative-funder initiative.sdg.missing sdgs");
    assertThat(report.findings().get(0).message(java.util.Locale.ENGLISH)).contains("more than 3 months ago");
  }

  @Test
  void aStageThisVersionAddedIsACodeAnOlderReaderDoesNotKnow() {
    // 1.2 adds instruction, decision and closure to the closed list of stages: within 1.x an older
    // SDK reads every other 1.2 property as unknown, but refuses a stage it does not know, as any
    // closed code list (docs/wire-format.md). This reader refuses an unknown stage the same way.
    String future = "{\"type\":\"initiative\",\"schemaVersion\":\"1.3\",\"data\":{\"id\":\"i\",\"cycle\":{\"entries\":"
        + "[{\"stage\":\"hibernation\",\"date\":\"2020-01-01\"}]}}}";
    JsonReadException e = catchThrowableOfType(JsonReadException.class, () -> JSON.read(DocumentType.INITIATIVE, future));
    assertThat(e.code()).isEqualTo("json.code.unknown");
    assertThat(e.problems().get(0).pointer()).isEqualTo("/data/cycle/entries/0/stage");
  }
}
