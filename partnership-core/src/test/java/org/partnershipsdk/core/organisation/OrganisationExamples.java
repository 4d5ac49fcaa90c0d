package org.partnershipsdk.core.organisation;

import java.net.URI;
import org.partnershipsdk.core.model.CountryCode;
import org.partnershipsdk.core.model.FieldOfAction;
import org.partnershipsdk.core.model.OrganisationId;
import org.partnershipsdk.core.model.Territory;
import org.partnershipsdk.core.model.TerritoryLevel;

/** Organisations of the seed texts' real cases (EXPLOR missions, the CAAC Comasagua ↔ Montauban initiative). */
final class OrganisationExamples {
  private OrganisationExamples() {}

  /** Holder of the EXPLOR micro hydro-electric feasibility mission, Pool, Republic of the Congo. */
  static Organisation gdcam() {
    return Organisation.builder()
        .id(OrganisationId.of("gdcam"))
        .name("Groupement des coopératives agropastorales de Moulenda")
        .acronym("GDCAM")
        .nature(OrganisationNature.COOPERATIVE)
        .country(CountryCode.of("CG"))
        .addTerritory(Territory.of(CountryCode.of("CG"), TerritoryLevel.DEPARTMENT, "Pool"))
        .addTerritory(Territory.of(CountryCode.of("CG"), TerritoryLevel.MUNICIPALITY, "Moulenda"))
        .addFieldsOfAction(FieldOfAction.FOOD_SOVEREIGNTY, FieldOfAction.ENERGY)
        .build();
  }

  /** Local partner of AHPA's EXPLOR missions in Kpomassé, Atlantique, Benin. */
  static Organisation cripadd() {
    return Organisation.builder()
        .id(OrganisationId.of("cripadd"))
        .name("Cercle de recherche pour l'identification et la promotion des alternatives du développement durable")
        .acronym("CRIPADD")
        .nature(OrganisationNature.ASSOCIATION)
        .country(CountryCode.of("BJ"))
        .addTerritory(Territory.of(CountryCode.of("BJ"), TerritoryLevel.DEPARTMENT, "Atlantique"))
        .addTerritory(Territory.of(CountryCode.of("BJ"), TerritoryLevel.MUNICIPALITY, "Kpomassé"))
        .build();
  }

  /** A diaspora organisation (OSIM) in France, holder of the tomato-preserve missions in Benin. */
  static Organisation ahpa() {
    return Organisation.builder()
        .id(OrganisationId.of("ahpa"))
        .name("Association humanitaire pour l'Afrique")
        .acronym("AHPA")
        .nature(OrganisationNature.DIASPORA_ORGANISATION)
        .country(CountryCode.FRANCE)
        .addFieldsOfAction(FieldOfAction.FOOD_SOVEREIGNTY)
        .build();
  }

  /** The Tarn-et-Garonne federation of the Secours populaire français, in the CAAC Comasagua ↔ Montauban initiative. */
  static Organisation secoursPopulaireTarnEtGaronne() {
    return Organisation.builder()
        .id(OrganisationId.of("spf-82"))
        .name("Secours populaire français, fédération du Tarn-et-Garonne")
        .acronym("SPF")
        .nature(OrganisationNature.ASSOCIATION)
        .country(CountryCode.FRANCE)
        .addTerritory(Territory.of(CountryCode.FRANCE, TerritoryLevel.REGION, "Occitanie"))
        .addTerritory(Territory.of(CountryCode.FRANCE, TerritoryLevel.DEPARTMENT, "Tarn-et-Garonne"))
        .addFieldsOfAction(FieldOfAction.FOOD_SOVEREIGNTY)
        .build();
  }

  /** The farmers' cooperative of Comasagua, El Salvador, in the same CAAC initiative. */
  static Organisation canastaCampesina() {
    return Organisation.builder()
        .id(OrganisationId.of("canasta-campesina"))
        .name("Canasta Campesina")
        .nature(OrganisationNature.COOPERATIVE)
        .country(CountryCode.of("SV"))
        .addTerritory(Territory.of(CountryCode.of("SV"), TerritoryLevel.MUNICIPALITY, "Comasagua"))
        .addFieldsOfAction(FieldOfAction.FOOD_SOVEREIGNTY)
        .build();
  }

  /** A supporting NGO in France. */
  static Organisation ccfdTerreSolidaire() {
    return Organisation.builder()
        .id(OrganisationId.of("ccfd-terre-solidaire"))
        .name("CCFD-Terre Solidaire")
        .nature(OrganisationNature.ASSOCIATION)
        .country(CountryCode.FRANCE)
        .website(URI.create("https://ccfd-terresolidaire.org"))
        .addFieldsOfAction(FieldOfAction.FOOD_SOVEREIGNTY, FieldOfAction.PEACE_AND_DEMOCRACY,
            FieldOfAction.SOCIAL_AND_SOLIDARITY_ECONOMY, FieldOfAction.MIGRATION)
        .build();
  }

  /** A contact person; the person is invented, the organisation's contacts are not in the seeds. */
  static ContactPerson contact() {
    return ContactPerson.builder()
        .name("Awa Houngbédji")
        .role("Coordinatrice")
        .email("awa.houngbedji@example.org")
        .phone("+229 01 00 00 00 00")
        .build();
  }
}
