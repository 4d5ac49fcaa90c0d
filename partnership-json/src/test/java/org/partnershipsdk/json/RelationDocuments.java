package org.partnershipsdk.json;

import java.time.LocalDate;
import org.partnershipsdk.core.mission.MissionStatus;
import org.partnershipsdk.core.mission.MissionType;
import org.partnershipsdk.core.mission.VolunteerMission;
import org.partnershipsdk.core.model.CountryCode;
import org.partnershipsdk.core.model.MissionId;
import org.partnershipsdk.core.model.OrganisationId;
import org.partnershipsdk.core.model.PartnershipId;
import org.partnershipsdk.core.model.Period;
import org.partnershipsdk.core.organisation.Organisation;
import org.partnershipsdk.core.organisation.OrganisationNature;
import org.partnershipsdk.core.partnership.OfficerFocus;
import org.partnershipsdk.core.partnership.Partnership;
import org.partnershipsdk.core.partnership.PartnershipStatus;
import org.partnershipsdk.core.partnership.ProgrammeOfficer;
import org.partnershipsdk.core.portfolio.Portfolio;

/**
 * Illustrative values of what schema version 1.2 added to partnerships and missions, for a golden
 * file: a relation that ended on a given day, followed over time by a geographic and a thematic
 * programme officer, and a mission postponed. The seeds describe no such case; the texts say so.
 */
final class RelationDocuments {
  private static final OrganisationId NGO = OrganisationId.of("illustrative-ngo");
  private static final OrganisationId PARTNER = OrganisationId.of("illustrative-partner");

  private RelationDocuments() {}

  /** @return two organisations, their ended partnership with its officers, and a postponed mission */
  static Portfolio endedRelation() {
    return Portfolio.builder()
        .description("Illustrative: no seed text describes a relation that ended or a mission postponed; it shows a"
            + " partnership's end, status and officers over time, and a mission's status, as they are recorded")
        .addOrganisations(
            Organisation.builder().id(NGO).name("A supporting NGO (illustrative)")
                .nature(OrganisationNature.ASSOCIATION).country(CountryCode.FRANCE).build(),
            Organisation.builder().id(PARTNER).name("A partner cooperative (illustrative)")
                .nature(OrganisationNature.COOPERATIVE).country(CountryCode.of("BJ")).build())
        .addPartnerships(Partnership.builder()
            .id(PartnershipId.of("illustrative-ended"))
            .supportingOrganisation(NGO)
            .partner(PARTNER)
            .since(LocalDate.of(2016, 3, 1))
            .until(LocalDate.of(2023, 12, 31))
            .status(PartnershipStatus.ENDED)
            .addOfficers(
                ProgrammeOfficer.builder().name("Lou Exemple").focus(OfficerFocus.GEOGRAPHIC).area("West Africa")
                    .period(Period.of(LocalDate.of(2016, 3, 1), LocalDate.of(2019, 8, 31))).build(),
                ProgrammeOfficer.builder().name("Noa Exemple").focus(OfficerFocus.GEOGRAPHIC).area("West Africa")
                    .period(Period.of(LocalDate.of(2019, 9, 1), LocalDate.of(2023, 12, 31))).build(),
                ProgrammeOfficer.builder().name("Sacha Exemple").focus(OfficerFocus.THEMATIC).area("Food sovereignty")
                    .period(Period.of(LocalDate.of(2020, 1, 1), LocalDate.of(2023, 12, 31))).build())
            .build())
        .addMissions(VolunteerMission.builder()
            .id(MissionId.of("illustrative-postponed"))
            .title("A mission postponed (illustrative)")
            .addTypes(MissionType.TRAINING)
            .holder(PARTNER)
            .localPartner(PARTNER)
            .volunteersStructure(NGO)
            .period(Period.of(LocalDate.of(2023, 4, 3), LocalDate.of(2023, 4, 14)))
            .status(MissionStatus.POSTPONED)
            .build())
        .build();
  }
}
