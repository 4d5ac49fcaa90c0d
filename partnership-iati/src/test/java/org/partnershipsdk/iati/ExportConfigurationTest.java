package org.partnershipsdk.iati;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partnershipsdk.iati.ExportTest.CLOCK;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.partnershipsdk.core.cycle.Stage;
import org.partnershipsdk.core.initiative.Initiative;
import org.partnershipsdk.core.initiative.ParticipantRole;
import org.partnershipsdk.core.model.FieldOfAction;
import org.partnershipsdk.core.model.OrganisationId;
import org.partnershipsdk.core.portfolio.Portfolio;
import org.partnershipsdk.core.rules.Severity;
import org.partnershipsdk.iati.ExportTest.Exported;
import org.partnershipsdk.iati.IatiExporter.SectorVocabularies;
import org.partnershipsdk.testkit.RealCases;

/** The mappings {@link IatiExporter.Builder} can be told, each with its default. */
class ExportConfigurationTest {
  private static final Initiative COMASAGUA = RealCases.comasaguaMontauban()
      .withFieldsOfAction(FieldOfAction.HEALTH, FieldOfAction.EDUCATION);
  private static final Portfolio PORTFOLIO = RealCases.portfolio().withInitiatives(COMASAGUA);

  @Test
  void anIdentifierPrefixBeginsEveryActivityIdentifierInsteadOfTheReportingOrganisations() {
    assertThat(export(builder().build()).xml()).doesNotContain("<iati-identifier>FR-RCS-000000000-");
    Exported prefixed = export(builder().identifierPrefix("FR-RCS-000000000").build());
    assertThat(prefixed.xml()).contains("<iati-identifier>FR-RCS-000000000-" + COMASAGUA.id().value() + "</iati-identifier>");
    assertNoErrors(prefixed);

    for (String refused : new String[] {"", "FR RCS", "FR/RCS", "x".repeat(101), null}) {
      assertThatThrownBy(() -> builder().identifierPrefix(refused)).as(refused)
          .isInstanceOfSatisfying(IatiConfigurationException.class, e -> {
            assertThat(e.code()).isEqualTo(IatiConfigurationException.IDENTIFIER_PREFIX);
            assertThat(e.getMessage(Locale.FRENCH)).startsWith("Pas un préfixe d'identifiants d'activité IATI");
          });
    }
  }

  @Test
  void aParticipantRoleCanHaveAnotherIatiRole() {
    OrganisationId partner = COMASAGUA.participantsWith(ParticipantRole.LOCAL_PARTNER).get(0).organisation();
    String name = PORTFOLIO.organisations().stream().filter(o -> o.id().equals(partner)).findFirst().orElseThrow().name();
    assertThat(roles(export(builder().build()).xml(), name)).as("by default, implementing").contains("4")
        .doesNotContain("2");

    Exported accountable = export(builder().participantRole(ParticipantRole.LOCAL_PARTNER, "2").build());
    assertThat(roles(accountable.xml(), name)).contains("2").doesNotContain("4");
    assertNoErrors(accountable);

    assertThatThrownBy(() -> builder().participantRole(ParticipantRole.LOCAL_PARTNER, "5"))
        .isInstanceOfSatisfying(IatiConfigurationException.class, e -> {
          assertThat(e.code()).isEqualTo(IatiConfigurationException.CODE);
          assertThat(e.getMessage()).isEqualTo("Not a code of the IATI codelist OrganisationRole: 5");
          assertThat(e.getMessage(Locale.FRENCH)).isEqualTo("Pas un code de la liste de codes IATI OrganisationRole : 5");
        });
  }

  @Test
  void aStageCanHaveAnotherActivityStatus() {
    Stage stage = COMASAGUA.cycle().currentStage().orElse(Stage.IDENTIFICATION);
    String usual = defaultStatus(stage);
    String other = usual.equals("2") ? "3" : "2";
    assertThat(export(builder().build()).xml()).contains("<activity-status code=\"" + usual + "\"/>");

    Exported told = export(builder().activityStatus(stage, other).build());
    assertThat(told.xml()).contains("<activity-status code=\"" + other + "\"/>")
        .doesNotContain("<activity-status code=\"" + usual + "\"/>");

    assertThatThrownBy(() -> builder().activityStatus(stage, "7")).isInstanceOf(IatiConfigurationException.class)
        .hasMessage("Not a code of the IATI codelist ActivityStatus: 7");
    assertThatThrownBy(() -> builder().activityStatus(stage, null)).isInstanceOf(IatiConfigurationException.class);
  }

  @Test
  void theSectorVocabulariesAreDacOwnOrBoth() {
    String dacHealth = "<sector vocabulary=\"1\" code=\"" + FieldOfAction.HEALTH.dacSectorCode() + "\"";
    String ownHealth = "<sector vocabulary=\"99\" code=\"health\"";
    assertThat(export(builder().build()).xml()).as("both by default").contains(dacHealth, ownHealth);

    Exported dac = export(builder().sectorVocabularies(SectorVocabularies.DAC).build());
    assertThat(dac.xml()).contains(dacHealth).doesNotContain("vocabulary=\"99\"");
    assertNoErrors(dac);
    assertThat(dac.report().withRule("102.1.1")).isEmpty();

    Exported own = export(builder().sectorVocabularies(SectorVocabularies.OWN).build());
    assertThat(own.xml()).contains(ownHealth, "<sector vocabulary=\"99\" code=\"education\"")
        .doesNotContain("<sector vocabulary=\"1\"");
    assertNoErrors(own);

    Exported none = ExportTest.export(builder().sectorVocabularies(SectorVocabularies.OWN).build(),
        RealCases.portfolio().withInitiatives(COMASAGUA.withFieldsOfAction(java.util.List.of())));
    assertThat(none.xml()).as("an activity needs a sector").contains("<sector vocabulary=\"1\" code=\"99810\"/>");
  }

  private static IatiExporter.Builder builder() {
    return IatiExporter.builder().clock(CLOCK);
  }

  private static Exported export(IatiExporter exporter) {
    return ExportTest.export(exporter, PORTFOLIO);
  }

  private static String defaultStatus(Stage stage) {
    String xml = export(builder().build()).xml();
    Matcher status = Pattern.compile("<activity-status code=\"(\\d)\"/>").matcher(xml);
    assertThat(status.find()).as(stage.toString()).isTrue();
    return status.group(1);
  }

  /** The IATI roles the organisation of that name is written with. */
  private static Set<String> roles(String xml, String name) {
    Matcher participant = Pattern.compile("<participating-org[^>]*role=\"(\\d)\"[^>]*>\\s*<narrative>"
        + Pattern.quote(name) + "</narrative>").matcher(xml);
    Set<String> roles = new TreeSet<>();
    while (participant.find()) {
      roles.add(participant.group(1));
    }
    return roles;
  }

  private static void assertNoErrors(Exported exported) {
    assertThat(exported.report().findings()).filteredOn(f -> f.severity() == Severity.ERROR).isEmpty();
  }
}
