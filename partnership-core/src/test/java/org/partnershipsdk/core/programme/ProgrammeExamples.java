package org.partnershipsdk.core.programme;

import java.time.LocalDate;
import java.time.Year;
import org.partnershipsdk.core.model.CountryCode;
import org.partnershipsdk.core.model.OrganisationId;
import org.partnershipsdk.core.model.Period;
import org.partnershipsdk.core.model.ProgrammeId;
import org.partnershipsdk.core.model.Territory;
import org.partnershipsdk.core.model.TerritoryLevel;

/** The two programmes of the seed texts, from the facts they give. */
final class ProgrammeExamples {
  private ProgrammeExamples() {}

  /**
   * CAAC, run by the CFSI since 2014. The seeds give years, not days, and not where CAAC 1 ends
   * and CAAC 2 begins: those ends stay unknown. CAAC 3 is the triennial phase launched in 2019.
   */
  static Programme caac() {
    return Programme.builder()
        .id(ProgrammeId.of("caac"))
        .name("Coopérer autrement en acteurs du changement")
        .acronym("CAAC")
        .operator(OrganisationId.of("cfsi"))
        .since(Year.of(2014))
        .addPhase(ProgrammePhase.of("CAAC 1", Period.builder().start(LocalDate.of(2014, 1, 1)).build()))
        .addPhase(ProgrammePhase.of("CAAC 2", Period.builder().end(LocalDate.of(2018, 12, 31)).build()))
        .addPhase(ProgrammePhase.of("CAAC 3", Period.of(LocalDate.of(2019, 1, 1), LocalDate.of(2021, 12, 31))))
        .build();
  }

  /** EXPLOR, short volunteer missions run by Lianes Coopération since 2021, in four French regions. */
  static Programme explor() {
    return Programme.builder()
        .id(ProgrammeId.of("explor"))
        .name("EXPLOR")
        .acronym("EXPLOR")
        .operator(OrganisationId.of("lianes-cooperation"))
        .since(Year.of(2021))
        .addRegions(
            region("Centre-Val de Loire"),
            region("Pays de la Loire"),
            region("Hauts-de-France"),
            region("Auvergne-Rhône-Alpes"))
        .description("Short missions of professionals in support of international solidarity projects")
        .build();
  }

  static Territory region(String name) {
    return Territory.of(CountryCode.FRANCE, TerritoryLevel.REGION, name);
  }
}
