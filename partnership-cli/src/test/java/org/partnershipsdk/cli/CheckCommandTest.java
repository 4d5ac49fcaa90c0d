package org.partnershipsdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnershipsdk.cli.CliFixtures.Run;

/** {@code check} in text: exit codes, grouping, counts, profiles, the as-of day, both languages. */
class CheckCommandTest {
  private static final DocumentLoader DOCUMENTS = CliFixtures.loader(Map.of(
      "clean.json", CliFixtures.clean(),
      "defective.json", CliFixtures.defective(),
      "mission.json", CliFixtures.kpomasse().withDurationDays(9),
      "bad.json", CliFixtures.malformed()));
  private static final String NL = System.lineSeparator();

  @Test
  void warningsOnlyExitWith0() {
    Run run = CliFixtures.run(DOCUMENTS, "check", "clean.json", "--as-of", "2023-01-20");
    assertThat(run.exitCode()).isEqualTo(PartnershipCli.OK);
    assertThat(run.err()).isEmpty();
    assertThat(run.out().lines()).containsExactly(
        "Check with each programme's profile (default for the rest), as of 2023-01-20",
        "",
        "clean.json (portfolio)",
        "  Volunteer mission explor-kpomasse",
        "    Warning  mission.preparation.institutional-contact-missing  preparation.institutionalContactsPrepared  "
            + "The mission \"Production locale de conserves de tomates à Kpomassé\" has no institutional contact "
            + "prepared before departure",
        "    Warning  mission.preparation.interview-missing              preparation.preMissionInterview            "
            + "The mission \"Production locale de conserves de tomates à Kpomassé\" has no pre-mission interview "
            + "recorded",
        "    Warning  mission.preparation.remote-too-short               preparation.remoteSupportSince             "
            + "The mission \"Production locale de conserves de tomates à Kpomassé\" departs on February 6, 2023 after 0 "
            + "days of remote preparation, less than the 8 weeks expected",
        "  errors: 0, warnings: 3, information: 0");
  }

  @Test
  void theAsOfDayDecidesWhatTimeBasedRulesExpectAndDefaultsToToday() {
    Run before = CliFixtures.run(DOCUMENTS, "check", "clean.json", "--as-of", "2023-01-20");
    Run after = CliFixtures.run(DOCUMENTS, "check", "clean.json", "--as-of", "2023-03-16");
    Run today = CliFixtures.run(DOCUMENTS, "check", "clean.json");
    assertThat(before.out()).doesNotContain("mission.return.");
    // The default profile gives 30 days after the mission's last day, 2023-02-13.
    assertThat(CliFixtures.run(DOCUMENTS, "check", "clean.json", "--as-of", "2023-03-15").out())
        .doesNotContain("mission.return.");
    assertThat(after.out()).contains("mission.return.report-missing", "mission.return.interview-missing",
        "as of 2023-03-16");
    assertThat(today.out()).startsWith("Check with each programme's profile (default for the rest), as of "
        + CliFixtures.TODAY + NL)
        .contains("mission.return.report-missing");
    assertThat(today.exitCode()).isEqualTo(PartnershipCli.OK);
  }

  @Test
  void violationsAndErrorFindingsExitWith1AndAreGroupedByElement() {
    Run run = CliFixtures.run(DOCUMENTS, "check", "defective.json", "--as-of", "2023-01-20");
    assertThat(run.exitCode()).isEqualTo(PartnershipCli.ERRORS);
    assertThat(run.err()).isEmpty();
    List<String> lines = run.out().lines().toList();
    int kpomasse = lines.indexOf("  Volunteer mission explor-kpomasse");
    int moulenda = lines.indexOf("  Volunteer mission explor-moulenda");
    assertThat(kpomasse).isPositive().isLessThan(moulenda);
    assertThat(lines.get(kpomasse + 1)).matches(" {4}Error +mission\\.duration\\.mismatch +durationDays +"
        + "The declared duration of 9 days differs from the 8 days of the mission's dates");
    assertThat(lines.get(moulenda + 1)).matches(" {4}Error +mission\\.parties\\.local-partner-missing +localPartner +"
        + "The mission \"Faisabilité d'une micro-centrale hydroélectrique à Moulenda\" names no local partner");
    assertThat(lines.get(moulenda + 2)).matches(" {4}Error +portfolio\\.reference\\.unknown +volunteersStructure +"
        + "No element of the portfolio has the identifier iko-power");
    assertThat(lines.get(moulenda + 3)).startsWith("    Warning  ");
    assertThat(lines).last().isEqualTo("  errors: 3, warnings: 6, information: 0");
  }

  @Test
  void aDocumentOfOneElementIsCheckedOnItsOwn() {
    Run run = CliFixtures.run(DOCUMENTS, "check", "mission.json", "--as-of", "2023-01-20");
    assertThat(run.exitCode()).isEqualTo(PartnershipCli.ERRORS);
    assertThat(run.out()).contains("mission.json (mission)" + NL + "  Volunteer mission explor-kpomasse" + NL)
        .contains("mission.duration.mismatch")
        .doesNotContain("portfolio.reference.unknown");
  }

  @Test
  void theProfileDecidesWhichRulesRun() {
    Run standard = CliFixtures.run(DOCUMENTS, "check", "clean.json", "--as-of", "2023-01-20");
    Run caac = CliFixtures.run(DOCUMENTS, "check", "clean.json", "--as-of", "2023-01-20", "--profile", "caac");
    assertThat(standard.out()).contains("mission.preparation.remote-too-short");
    assertThat(caac.out()).startsWith("Check with profile caac, as of 2023-01-20")
        .doesNotContain("mission.preparation.").contains("  no findings" + NL);
    assertThat(caac.exitCode()).isEqualTo(PartnershipCli.OK);
    // EXPLOR gives missions 5 to 21 days where the default profile allows 1 to 30.
    DocumentLoader long25 = CliFixtures.loader(Map.of("long.json", CliFixtures.kpomasse()
        .withPeriod(org.partnershipsdk.core.model.Period.of(java.time.LocalDate.of(2023, 2, 6),
            java.time.LocalDate.of(2023, 3, 2))).withDurationDays(25)));
    assertThat(CliFixtures.run(long25, "check", "long.json", "--profile", "explor").out())
        .contains("mission.duration.out-of-bounds");
    assertThat(CliFixtures.run(long25, "check", "long.json").out()).doesNotContain("mission.duration.out-of-bounds");
  }

  @Test
  void inFrenchEveryWordOfTheTableIsFrench() {
    Run run = CliFixtures.run(DOCUMENTS, "check", "defective.json", "--lang", "fr", "--as-of", "2023-01-20");
    assertThat(run.exitCode()).isEqualTo(PartnershipCli.ERRORS);
    assertThat(run.out()).startsWith("Vérification avec le profil de chaque dispositif (default pour le reste), au"
        + " 2023-01-20" + NL)
        .contains("  Mission de volontaires explor-moulenda" + NL)
        .contains("La durée déclarée de 9 jours diffère des 8 jours des dates de la mission")
        .contains("Aucun élément du portefeuille n'a l'identifiant iko-power")
        .contains("Avertissement  mission.preparation.")
        .endsWith("  erreurs : 3, avertissements : 6, informations : 0" + NL);
    assertThat(run.out()).containsPattern("Erreur +mission\\.parties\\.local-partner-missing");
  }

  @Test
  void anUnreadableFileExitsWith2NamingItsLineColumnPointerAndCodeAndTheOthersAreStillChecked() {
    Run run = CliFixtures.run(DOCUMENTS, "check", "defective.json", "bad.json", "clean.json", "--as-of", "2023-01-20");
    assertThat(run.exitCode()).isEqualTo(PartnershipCli.UNREADABLE);
    assertThat(run.err()).isEqualTo("bad.json:3:17: json.malformed at /data/missions/0: Malformed JSON" + NL);
    assertThat(run.out()).contains("bad.json" + NL
            + "  not checked: cannot be read as a document [json.malformed]; see the error output" + NL)
        .contains("defective.json (portfolio)", "clean.json (portfolio)")
        .endsWith("Total (3 files, unreadable: 1): errors: 3, warnings: 9, information: 0" + NL);
  }

  @Test
  void aFileThatIsNotThereIsUnreadableToo() {
    Run run = CliFixtures.run(DOCUMENTS, "check", "missing.json", "--lang", "fr");
    assertThat(run.exitCode()).isEqualTo(PartnershipCli.UNREADABLE);
    assertThat(run.err()).isEqualTo("fichier introuvable : missing.json" + NL);
    assertThat(run.out()).contains("non vérifié : illisible comme document [json.io]");
  }

  @Test
  void severalCleanFilesExitWith0AndTotalTheirCounts() {
    Run run = CliFixtures.run(DOCUMENTS, "check", "clean.json", "clean.json", "--as-of", "2023-01-20");
    assertThat(run.exitCode()).isEqualTo(PartnershipCli.OK);
    assertThat(run.out()).endsWith("Total (2 files, unreadable: 0): errors: 0, warnings: 6, information: 0" + NL);
  }
}
