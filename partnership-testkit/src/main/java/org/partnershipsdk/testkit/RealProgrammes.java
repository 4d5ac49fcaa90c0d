package org.partnershipsdk.testkit;

import static org.partnershipsdk.testkit.RealOrganisations.region;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import org.partnershipsdk.core.model.Period;
import org.partnershipsdk.core.programme.AggregateResult;
import org.partnershipsdk.core.programme.FigureQualifier;
import org.partnershipsdk.core.programme.ProfileSettings;
import org.partnershipsdk.core.programme.Programme;
import org.partnershipsdk.core.programme.ProgrammePhase;

/**
 * The two programmes of the {@link RealCases}: CAAC (CFSI, Fonda 2020 and Fonda n.d.) and EXPLOR
 * (Grdr 2023), each judged by the SDK's built-in profile of its name; both follow the standard
 * cycle model.
 */
final class RealProgrammes {
  private RealProgrammes() {}

  /**
   * CAAC since 2014. The source documents give years, not days, and not where CAAC 1 ends and CAAC 2
   * begins: those ends stay unknown. CAAC 3 is the triennial phase launched in 2019. The programme's
   * own figures for 2014 to 2018 — nine initiatives, more than 70 partners, 460,000 people reached —
   * are its aggregate results, not any initiative's.
   */
  static Programme caac() {
    return Programme.builder()
        .id(CaseIds.CAAC)
        .name("Coopérer autrement en acteurs du changement")
        .acronym("CAAC")
        .operator(CaseIds.CFSI)
        .since(Year.of(2014))
        .addPhase(ProgrammePhase.of("CAAC 1", Period.builder().start(LocalDate.of(2014, 1, 1)).build()))
        .addPhase(ProgrammePhase.of("CAAC 2", Period.builder().end(LocalDate.of(2018, 12, 31)).build()))
        .addPhase(ProgrammePhase.of("CAAC 3", Period.of(LocalDate.of(2019, 1, 1), LocalDate.of(2021, 12, 31))))
        .description("Supports innovative initiatives of CFSI members that cooperate from territory to territory,"
            + " in France and abroad, with partners of different natures; from 2019 it puts the Sustainable"
            + " Development Goals at the heart of its commitments")
        .addAggregateResults(
            caacFigure("initiatives", "Initiatives supported", 9, null, "initiatives"),
            caacFigure("partners", "Partners mobilised in France, Asia, Latin America and Africa", 70,
                FigureQualifier.MORE_THAN, "partners"),
            caacFigure("people", "People the initiatives benefited, directly or indirectly", 460_000, null, "people"))
        .profile(ProfileSettings.of("caac"))
        .build();
  }

  /** A figure the source gives for CAAC's first four years, 2014 to 2018. */
  private static AggregateResult caacFigure(String ref, String description, long number, FigureQualifier qualifier,
      String unit) {
    AggregateResult.Builder figure = AggregateResult.builder()
        .ref(ref)
        .description(description)
        .number(BigDecimal.valueOf(number))
        .unit(unit)
        .period(Period.of(LocalDate.of(2014, 1, 1), LocalDate.of(2018, 12, 31)))
        .source(RealCases.FONDA_2020);
    if (qualifier != null) {
      figure.qualifier(qualifier);
    }
    return figure.build();
  }

  /**
   * EXPLOR since 2021, first in Centre-Val de Loire, Pays de la Loire and Hauts-de-France, then
   * also in Auvergne-Rhône-Alpes after the capitalisation of its first missions.
   */
  static Programme explor() {
    return Programme.builder()
        .id(CaseIds.EXPLOR)
        .name("EXPLOR")
        .acronym("EXPLOR")
        .operator(CaseIds.LIANES)
        .since(Year.of(2021))
        .addRegions(
            region("Centre-Val de Loire"),
            region("Pays de la Loire"),
            region("Hauts-de-France"),
            region("Auvergne-Rhône-Alpes"))
        .description("Funds and supports short missions of professionals lending their skills to international"
            + " solidarity projects: diagnostics, training, evaluations and audits, installation")
        .profile(ProfileSettings.of("explor"))
        .build();
  }
}
