package org.partnershipsdk.core.partnership;

import java.time.LocalDate;
import org.partnershipsdk.core.model.OrganisationId;
import org.partnershipsdk.core.model.PartnershipId;
import org.partnershipsdk.core.model.ProgrammeId;

/** Partnerships built from the seeds' cases. */
final class PartnershipExamples {
  private PartnershipExamples() {}

  /**
   * CCFD-Terre Solidaire and the producers of its Laos jam case. The seeds name neither the
   * partner nor the start date nor the officer: those are illustrative.
   */
  static Partnership ccfdLaosJam() {
    return Partnership.builder()
        .id(PartnershipId.of("ccfd-laos-jam"))
        .supportingOrganisation(OrganisationId.of("ccfd-terre-solidaire"))
        .partner(OrganisationId.of("laos-jam-producers"))
        .since(LocalDate.of(2012, 3, 1))
        .programmeOfficer(officer())
        .addSupportKinds(SupportKind.PROCESS_SUPPORT, SupportKind.SUPPORT_TO_ACTIONS, SupportKind.LINKING_PARTNERS)
        .agreement("CP-2012-LA-04")
        .build();
  }

  /** The Tarn-et-Garonne federation of the Secours populaire français and Canasta Campesina, under CAAC from 2015. */
  static Partnership spfCanastaCampesina() {
    return Partnership.builder()
        .id(PartnershipId.of("spf-82-canasta-campesina"))
        .supportingOrganisation(OrganisationId.of("spf-82"))
        .partner(OrganisationId.of("canasta-campesina"))
        .since(LocalDate.of(2015, 1, 1))
        .addSupportKind(SupportKind.SUPPORT_TO_ACTIONS)
        .addProgramme(ProgrammeId.of("caac"))
        .build();
  }

  /** A geographic programme officer; the person is invented. */
  static ProgrammeOfficer officer() {
    return ProgrammeOfficer.builder().name("Claire Vannier").focus(OfficerFocus.GEOGRAPHIC).area("Asie").build();
  }
}
