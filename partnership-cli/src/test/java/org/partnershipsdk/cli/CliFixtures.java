package org.partnershipsdk.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.partnershipsdk.core.mission.Achievement;
import org.partnershipsdk.core.mission.MissionDirection;
import org.partnershipsdk.core.mission.MissionType;
import org.partnershipsdk.core.mission.MissionZone;
import org.partnershipsdk.core.mission.VolunteerMission;
import org.partnershipsdk.core.model.CountryCode;
import org.partnershipsdk.core.model.MissionId;
import org.partnershipsdk.core.model.OrganisationId;
import org.partnershipsdk.core.model.Period;
import org.partnershipsdk.core.model.Territory;
import org.partnershipsdk.core.model.TerritoryLevel;
import org.partnershipsdk.core.organisation.Organisation;
import org.partnershipsdk.core.organisation.OrganisationNature;
import org.partnershipsdk.core.portfolio.Portfolio;
import org.partnershipsdk.json.JsonProblem;
import org.partnershipsdk.json.JsonReadException;

/**
 * In-memory documents for the checker's tests, from the EXPLOR missions of Grdr 2023 (DOMAIN.md's
 * real cases). Dates are illustrative: the seeds give durations, not dates.
 */
final class CliFixtures {
  /** "Today" for runs without {@code --as-of}. */
  static final LocalDate TODAY = LocalDate.of(2024, 6, 30);
  static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-30T10:00:00Z"), ZoneOffset.UTC);
  /** Before the Kpomassé mission leaves: nothing is expected back yet. */
  static final LocalDate BEFORE_DEPARTURE = LocalDate.of(2023, 1, 20);

  static final CountryCode BENIN = CountryCode.of("BJ");
  static final CountryCode CONGO = CountryCode.of("CG");

  private CliFixtures() {}

  static Organisation organisation(String id, String name, OrganisationNature nature, CountryCode country) {
    return Organisation.builder().id(OrganisationId.of(id)).name(name).nature(nature).country(country).build();
  }

  /** The Kpomassé mission: 8 days, AHPA, CRIPADD, Les Anges Gardins; nothing came back yet. */
  static VolunteerMission kpomasse() {
    return VolunteerMission.builder()
        .id(MissionId.of("explor-kpomasse"))
        .title("Production locale de conserves de tomates à Kpomassé")
        .type(MissionType.TRAINING)
        .direction(MissionDirection.NORTH_SOUTH)
        .zone(MissionZone.builder().country(BENIN)
            .addTerritory(Territory.of(BENIN, TerritoryLevel.MUNICIPALITY, "Kpomassé")).build())
        .holder(OrganisationId.of("ahpa"))
        .localPartner(OrganisationId.of("cripadd"))
        .volunteersStructure(OrganisationId.of("les-anges-gardins"))
        .period(Period.of(LocalDate.of(2023, 2, 6), LocalDate.of(2023, 2, 13)))
        .durationDays(8)
        .addAchievement(Achievement.of("15 salariés formés à la mise en bouteille"))
        .build();
  }

  /** The Moulenda mission as a draft: 7 days, but its local partner GCADEM not entered. */
  static VolunteerMission moulendaWithoutLocalPartner() {
    return VolunteerMission.builder()
        .id(MissionId.of("explor-moulenda"))
        .title("Faisabilité d'une micro-centrale hydroélectrique à Moulenda")
        .type(MissionType.TRAINING)
        .direction(MissionDirection.NORTH_SOUTH)
        .zone(MissionZone.builder().country(CONGO)
            .addTerritory(Territory.of(CONGO, TerritoryLevel.MUNICIPALITY, "Moulenda")).build())
        .holder(OrganisationId.of("gdcam"))
        .volunteersStructure(OrganisationId.of("iko-power"))
        .period(Period.of(LocalDate.of(2023, 3, 1), LocalDate.of(2023, 3, 7)))
        .durationDays(7)
        .build();
  }

  static List<Organisation> organisations() {
    return List.of(
        organisation("ahpa", "AHPA", OrganisationNature.ASSOCIATION, CountryCode.of("FR")),
        organisation("cripadd", "CRIPADD", OrganisationNature.ASSOCIATION, BENIN),
        organisation("les-anges-gardins", "Les Anges Gardins", OrganisationNature.ASSOCIATION, CountryCode.of("FR")),
        organisation("gdcam", "GDCAM", OrganisationNature.COOPERATIVE, CONGO),
        organisation("iko-power", "IKO Power", OrganisationNature.COMPANY, CountryCode.of("FR")));
  }

  /** Valid, and with no error finding before the mission leaves. */
  static Portfolio clean() {
    return Portfolio.builder().addAllOrganisations(organisations()).addMissions(kpomasse()).build();
  }

  /**
   * Three errors: the Kpomassé mission declares 9 days for 8 (validation), the Moulenda mission has
   * no local partner (rule), and its volunteers' structure is not in the portfolio (validation of
   * the references).
   */
  static Portfolio defective() {
    return Portfolio.builder()
        .addAllOrganisations(organisations().subList(0, 4))
        .addMissions(kpomasse().withDurationDays(9), moulendaWithoutLocalPartner())
        .build();
  }

  static JsonReadException malformed() {
    return new JsonReadException(JsonReadException.MALFORMED, List.of(new JsonProblem(JsonReadException.MALFORMED,
        "/data/missions/0", 3, 17, "Malformed JSON", "JSON mal formé")), null);
  }

  /** A loader that hands out documents held in memory, by file name, or throws the failure held. */
  static DocumentLoader loader(Map<String, Object> documents) {
    return (file, strict, type) -> {
      Object document = documents.get(file.toString());
      if (document instanceof JsonReadException failure) {
        throw failure;
      }
      if (document == null) {
        throw Documents.notFound(file);
      }
      return new DocumentLoader.Loaded(document instanceof Portfolio ? "portfolio" : "mission", document);
    };
  }

  /** What a run printed and returned. */
  record Run(int exitCode, String out, String err) {}

  static Run run(DocumentLoader loader, String... args) {
    return run(new PartnershipCli(CLOCK, loader, SchemaSource.SHIPPED), args);
  }

  /** Runs the checker as {@code java -jar} would, on files, with its own loader and schemas. */
  static Run runOnFiles(String... args) {
    return run(new PartnershipCli(CLOCK), args);
  }

  static Run run(PartnershipCli cli, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static Run run(String... args) {
    return run(loader(Map.of()), args);
  }
}
