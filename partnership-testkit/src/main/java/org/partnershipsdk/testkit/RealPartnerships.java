package org.partnershipsdk.testkit;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.partnershipsdk.core.model.OrganisationId;
import org.partnershipsdk.core.partnership.OfficerFocus;
import org.partnershipsdk.core.partnership.Partnership;
import org.partnershipsdk.core.partnership.ProgrammeOfficer;
import org.partnershipsdk.core.partnership.SupportKind;
import org.partnershipsdk.core.reciprocity.Answer;
import org.partnershipsdk.core.reciprocity.CriteriaSets;
import org.partnershipsdk.core.reciprocity.ReciprocityAssessment;
import org.partnershipsdk.core.reciprocity.Response;
import org.partnershipsdk.core.reciprocity.Side;

/**
 * The partnerships of the {@link RealCases} and their reciprocity assessments (Fonda n.d.). The
 * relations are the source documents'; so is the start of the Secours populaire's support to
 * Comasagua, "since the middle of the 2000s", recorded as the year 2005. The other start dates, the
 * programme officer and every score are illustrative. The Comasagua scores are those of the worked
 * example of {@code docs/reciprocity.md}.
 */
final class RealPartnerships {
  private RealPartnerships() {}

  /**
   * The Secours populaire français has supported the communities of Comasagua since the middle of
   * the 2000s, years before the CAAC initiative: the source gives no day, and not even a year, so
   * the start is the year 2005, the middle of the decade.
   */
  static Partnership spfComasagua() {
    return Partnership.builder()
        .id(CaseIds.SPF_COMASAGUA)
        .supportingOrganisation(CaseIds.SPF)
        .partner(CaseIds.COMASAGUA_FAMILIES)
        .sinceYear(Year.of(2005))
        .addSupportKinds(SupportKind.SUPPORT_TO_ACTIONS)
        .build();
  }

  static Partnership spf82CanastaCampesina() {
    return Partnership.builder()
        .id(CaseIds.SPF_CANASTA)
        .supportingOrganisation(CaseIds.SPF_82)
        .partner(CaseIds.CANASTA)
        .since(LocalDate.of(2014, 10, 1))
        .addSupportKinds(SupportKind.SUPPORT_TO_ACTIONS, SupportKind.LINKING_PARTNERS)
        .addProgramme(CaseIds.CAAC)
        .build();
  }

  static Partnership ccfdLaosJamProducers() {
    return Partnership.builder()
        .id(CaseIds.CCFD_LAOS)
        .supportingOrganisation(CaseIds.CCFD)
        .partner(CaseIds.LAOS_PRODUCERS)
        .since(LocalDate.of(2012, 1, 1))
        .programmeOfficer(ProgrammeOfficer.builder().name("Lou Exemple").focus(OfficerFocus.GEOGRAPHIC)
            .area("Asia").build())
        .addSupportKinds(SupportKind.PROCESS_SUPPORT, SupportKind.SUPPORT_TO_ACTIONS)
        .build();
  }

  static Partnership cfdtUnsas() {
    return Partnership.builder()
        .id(CaseIds.CFDT_UNSAS)
        .supportingOrganisation(CaseIds.CFDT)
        .partner(CaseIds.UNSAS)
        .since(LocalDate.of(2016, 3, 1))
        .addSupportKinds(SupportKind.PROCESS_SUPPORT, SupportKind.SUPPORT_TO_ACTIONS)
        .addProgramme(CaseIds.CAAC)
        .build();
  }

  /**
   * Les Anges Gardins keeps supporting AHPA under a partnership agreement after the Kpomassé
   * mission: one of the adaptation strategies of Grdr 2023, here a recent relation.
   */
  static Partnership lesAngesGardinsAhpa() {
    return Partnership.builder()
        .id(CaseIds.ANGES_GARDINS_AHPA)
        .supportingOrganisation(CaseIds.LES_ANGES_GARDINS)
        .partner(CaseIds.AHPA)
        .since(LocalDate.of(2023, 1, 16))
        .addSupportKinds(SupportKind.TECHNICAL_SUPPORT)
        .agreement("Convention de partenariat Les Anges Gardins – AHPA, 2023")
        .build();
  }

  /** The first barometer of the Comasagua partnership: the sides are furthest apart on the balance of power. */
  static ReciprocityAssessment comasaguaFirst() {
    return ReciprocityAssessment.builder()
        .id(CaseIds.COMASAGUA_2021)
        .partnership(CaseIds.SPF_CANASTA)
        .date(LocalDate.of(2021, 6, 15))
        .criteriaSet(CriteriaSets.standard())
        .addResponse(response(CaseIds.SPF_82, Side.SUPPORTING_ORGANISATION, 4, 3, 3, 3, 4, 4, 3, 4, 3, 4, 3))
        .addResponse(response(CaseIds.CANASTA, Side.PARTNER, 3, 2, 4, 1, 3, 4, 2, 3, 2, 4, 3))
        .build();
  }

  /** The second barometer, fifteen months later: the partner's view rose and the gap halved. */
  static ReciprocityAssessment comasaguaSecond() {
    return comasaguaFirst().withId(CaseIds.COMASAGUA_2022)
        .withDate(LocalDate.of(2022, 9, 1))
        .withResponses(
            response(CaseIds.SPF_82, Side.SUPPORTING_ORGANISATION, 4, 3, 3, 3, 4, 4, 3, 3, 3, 4, 3),
            response(CaseIds.CANASTA, Side.PARTNER, 3, 3, 4, 2, 3, 4, 3, 3, 3, 4, 3));
  }

  /** The CFDT has scored its side; the UNSAS has not answered yet. */
  static ReciprocityAssessment cfdtUnsasOneSided() {
    return ReciprocityAssessment.builder()
        .id(CaseIds.CFDT_UNSAS_2023)
        .partnership(CaseIds.CFDT_UNSAS)
        .date(LocalDate.of(2023, 3, 15))
        .criteriaSet(CriteriaSets.standard())
        .addResponse(response(CaseIds.CFDT, Side.SUPPORTING_ORGANISATION, 3, 3, 3, 2, 4, 3, 3, 4, 3, 3, 2))
        .build();
  }

  /** A response to the standard set, its scores in the set's order. */
  private static Response response(OrganisationId respondent, Side side, int... scores) {
    List<String> criteria = CriteriaSets.standard().codes();
    Response.Builder response = Response.builder().respondent(respondent).side(side);
    for (int i = 0; i < scores.length; i++) {
      response.addAnswer(Answer.of(criteria.get(i), scores[i]));
    }
    return response.build();
  }
}
