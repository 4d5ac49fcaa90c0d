package org.partnershipsdk.testkit;

import static org.partnershipsdk.testkit.CaseIds.BENIN;
import static org.partnershipsdk.testkit.CaseIds.CONGO;
import static org.partnershipsdk.testkit.CaseIds.EL_SALVADOR;
import static org.partnershipsdk.testkit.CaseIds.GUINEA;
import static org.partnershipsdk.testkit.CaseIds.LAOS;
import static org.partnershipsdk.testkit.CaseIds.SENEGAL;

import java.net.URI;
import java.util.List;
import org.partnershipsdk.core.model.CountryCode;
import org.partnershipsdk.core.model.FieldOfAction;
import org.partnershipsdk.core.model.OrganisationId;
import org.partnershipsdk.core.model.Territory;
import org.partnershipsdk.core.model.TerritoryLevel;
import org.partnershipsdk.core.organisation.ContactPerson;
import org.partnershipsdk.core.organisation.Organisation;
import org.partnershipsdk.core.organisation.OrganisationNature;

/**
 * The organisations of the {@link RealCases}: names, acronyms and places as the source documents (docs/sources.md) give
 * them. Where the source documents do not say, the nature is read from the organisation's name or role (a
 * volunteers' structure lends the skills of social and solidarity economy professionals), and
 * {@link RealCases} lists those choices.
 */
final class RealOrganisations {
  private static final CountryCode FR = CountryCode.FRANCE;

  private RealOrganisations() {}

  /** @return every organisation, supporting organisations and networks first, then case by case */
  static List<Organisation> all() {
    return List.of(
        ccfd(), cfsi(), lianes(),
        gdcam(), gcadem(), ikoPower(), ahpa(), cripadd(), lesAngesGardins(), aema(),
        spf(), spf82(), spfRegion(CaseIds.SPF_OCCITANIE, "Occitanie"),
        spfRegion(CaseIds.SPF_NOUVELLE_AQUITAINE, "Nouvelle-Aquitaine"),
        canasta(), comasaguaFamilies(), uls(), university(CaseIds.UNIVERSITY_B, "B"),
        university(CaseIds.UNIVERSITY_C, "C"), lyceeSanSalvador(), gab65(), capou(), mds(), fundesyram(),
        cfdt(), essentiel(), unsas(),
        guinee44(), mfr(CaseIds.MFR_A, "A"), mfr(CaseIds.MFR_B, "B"),
        laosProducers());
  }

  private static Organisation ccfd() {
    return organisation(CaseIds.CCFD, "CCFD-Terre Solidaire", OrganisationNature.ASSOCIATION, FR)
        .website(URI.create("https://ccfd-terresolidaire.org"))
        .addFieldsOfAction(FieldOfAction.FOOD_SOVEREIGNTY, FieldOfAction.PEACE_AND_DEMOCRACY,
            FieldOfAction.SOCIAL_AND_SOLIDARITY_ECONOMY, FieldOfAction.MIGRATION)
        .description("Supports partners' initiatives abroad through process support and support to actions")
        .build();
  }

  private static Organisation cfsi() {
    return organisation(CaseIds.CFSI, "Comité français pour la solidarité internationale",
        OrganisationNature.NETWORK, FR)
        .acronym("CFSI")
        .website(URI.create("https://www.cfsi.asso.fr"))
        .description("Association with 24 members: solidarity associations, local authorities and trade unions;"
            + " runs the CAAC programme")
        .build();
  }

  private static Organisation lianes() {
    return organisation(CaseIds.LIANES, "Lianes Coopération", OrganisationNature.NETWORK, FR)
        .addTerritory(region("Hauts-de-France"))
        .description("Regional multi-actor network of the international cooperation actors of Hauts-de-France;"
            + " runs the EXPLOR programme")
        .build();
  }

  private static Organisation gdcam() {
    return organisation(CaseIds.GDCAM, "Groupement des coopératives agropastorales de Moulenda",
        OrganisationNature.COOPERATIVE, CONGO)
        .acronym("GDCAM")
        .addTerritory(Territory.of(CONGO, TerritoryLevel.DEPARTMENT, "Pool"))
        .addTerritory(Territory.of(CONGO, TerritoryLevel.MUNICIPALITY, "Moulenda"))
        .addFieldsOfAction(FieldOfAction.FOOD_SOVEREIGNTY, FieldOfAction.ENERGY)
        .build();
  }

  private static Organisation gcadem() {
    return organisation(CaseIds.GCADEM, "GCADEM", OrganisationNature.ASSOCIATION, CONGO)
        .acronym("GCADEM")
        .addTerritory(Territory.of(CONGO, TerritoryLevel.DEPARTMENT, "Pool"))
        .build();
  }

  private static Organisation ikoPower() {
    return organisation(CaseIds.IKO_POWER, "IKO Power", OrganisationNature.SOLIDARITY_ECONOMY_ACTOR, FR)
        .addFieldsOfAction(FieldOfAction.ENERGY)
        .build();
  }

  private static Organisation ahpa() {
    return organisation(CaseIds.AHPA, "Association humanitaire pour l'Afrique",
        OrganisationNature.DIASPORA_ORGANISATION, FR)
        .acronym("AHPA")
        .addFieldsOfAction(FieldOfAction.FOOD_SOVEREIGNTY, FieldOfAction.MIGRATION)
        .build();
  }

  private static Organisation cripadd() {
    return organisation(CaseIds.CRIPADD,
        "Cercle de recherche pour l'identification et la promotion des alternatives du développement durable",
        OrganisationNature.ASSOCIATION, BENIN)
        .acronym("CRIPADD")
        .addTerritory(Territory.of(BENIN, TerritoryLevel.DEPARTMENT, "Atlantique"))
        .addTerritory(Territory.of(BENIN, TerritoryLevel.MUNICIPALITY, "Kpomassé"))
        .addContactPerson(ContactPerson.builder()
            .name("Awa Houngbédji").role("Coordinatrice").email("awa.houngbedji@example.org").build())
        .build();
  }

  private static Organisation lesAngesGardins() {
    return organisation(CaseIds.LES_ANGES_GARDINS, "Les Anges Gardins",
        OrganisationNature.SOLIDARITY_ECONOMY_ACTOR, FR)
        .addFieldsOfAction(FieldOfAction.FOOD_SOVEREIGNTY, FieldOfAction.SOCIAL_AND_SOLIDARITY_ECONOMY)
        .build();
  }

  private static Organisation aema() {
    return organisation(CaseIds.AEMA, "Association des étangs et marais de l'île de Ré",
        OrganisationNature.ASSOCIATION, FR)
        .acronym("AEMA")
        .addTerritory(region("Nouvelle-Aquitaine"))
        .addTerritory(Territory.of(FR, TerritoryLevel.DEPARTMENT, "Charente-Maritime"))
        .addFieldsOfAction(FieldOfAction.ENVIRONMENT)
        .build();
  }

  private static Organisation spf() {
    return organisation(CaseIds.SPF, "Secours populaire français", OrganisationNature.ASSOCIATION, FR)
        .acronym("SPF")
        .description("Has supported the communities of Comasagua, El Salvador, since the middle of the 2000s")
        .build();
  }

  private static Organisation spf82() {
    return organisation(CaseIds.SPF_82, "Secours populaire français, fédération du Tarn-et-Garonne",
        OrganisationNature.ASSOCIATION, FR)
        .acronym("SPF 82")
        .addTerritory(region("Occitanie"))
        .addTerritory(Territory.of(FR, TerritoryLevel.DEPARTMENT, "Tarn-et-Garonne"))
        .addTerritory(Territory.of(FR, TerritoryLevel.MUNICIPALITY, "Montauban"))
        .addFieldsOfAction(FieldOfAction.FOOD_SOVEREIGNTY, FieldOfAction.SOCIAL_PROTECTION)
        .build();
  }

  private static Organisation spfRegion(OrganisationId id, String region) {
    return organisation(id, "Secours populaire français, conseil de région " + region,
        OrganisationNature.ASSOCIATION, FR)
        .addTerritory(region(region))
        .build();
  }

  private static Organisation canasta() {
    return organisation(CaseIds.CANASTA, "Canasta Campesina", OrganisationNature.COOPERATIVE, EL_SALVADOR)
        .addTerritory(Territory.of(EL_SALVADOR, TerritoryLevel.DEPARTMENT, "La Libertad"))
        .addTerritory(Territory.of(EL_SALVADOR, TerritoryLevel.MUNICIPALITY, "Comasagua"))
        .addFieldsOfAction(FieldOfAction.FOOD_SOVEREIGNTY)
        .description("Farmers' cooperative selling the baskets of Comasagua's farming families")
        .build();
  }

  private static Organisation comasaguaFamilies() {
    return organisation(CaseIds.COMASAGUA_FAMILIES, "Familles paysannes de Comasagua",
        OrganisationNature.COMMUNITY_GROUP, EL_SALVADOR)
        .addTerritory(Territory.of(EL_SALVADOR, TerritoryLevel.MUNICIPALITY, "Comasagua"))
        .addFieldsOfAction(FieldOfAction.FOOD_SOVEREIGNTY)
        .build();
  }

  private static Organisation uls() {
    return organisation(CaseIds.ULS, "Universidad Luterana Salvadoreña", OrganisationNature.UNIVERSITY, EL_SALVADOR)
        .acronym("ULS")
        .build();
  }

  /** One of the two other universities the source counts beside the ULS without naming them. */
  private static Organisation university(OrganisationId id, String letter) {
    return organisation(id, "University " + letter + " of Comasagua ↔ Montauban", OrganisationNature.UNIVERSITY,
        EL_SALVADOR)
        .description("One of the three universities of the initiative, beside the Universidad Luterana Salvadoreña;"
            + " the source does not name it, and its country is illustrative")
        .build();
  }

  private static Organisation lyceeSanSalvador() {
    return organisation(CaseIds.LYCEE_SAN_SALVADOR, "Lycée français de San Salvador", OrganisationNature.SCHOOL,
        EL_SALVADOR)
        .addTerritory(Territory.of(EL_SALVADOR, TerritoryLevel.MUNICIPALITY, "San Salvador"))
        .addFieldsOfAction(FieldOfAction.EDUCATION)
        .build();
  }

  private static Organisation gab65() {
    return organisation(CaseIds.GAB_65, "Groupement de l'agriculture biologique des Hautes-Pyrénées",
        OrganisationNature.COOPERATIVE, FR)
        .acronym("GAB 65")
        .addTerritory(region("Occitanie"))
        .addTerritory(Territory.of(FR, TerritoryLevel.DEPARTMENT, "Hautes-Pyrénées"))
        .addFieldsOfAction(FieldOfAction.FOOD_SOVEREIGNTY, FieldOfAction.ENVIRONMENT)
        .build();
  }

  private static Organisation capou() {
    return organisation(CaseIds.CAPOU, "Lycée agricole de Capou", OrganisationNature.SCHOOL, FR)
        .addTerritory(Territory.of(FR, TerritoryLevel.DEPARTMENT, "Tarn-et-Garonne"))
        .addTerritory(Territory.of(FR, TerritoryLevel.MUNICIPALITY, "Montauban"))
        .addFieldsOfAction(FieldOfAction.EDUCATION, FieldOfAction.FOOD_SOVEREIGNTY)
        .build();
  }

  private static Organisation mds() {
    return organisation(CaseIds.MDS, "Médecins pour le droit à la santé", OrganisationNature.ASSOCIATION,
        EL_SALVADOR)
        .addFieldsOfAction(FieldOfAction.HEALTH)
        .build();
  }

  private static Organisation fundesyram() {
    return organisation(CaseIds.FUNDESYRAM,
        "Fundación para el Desarrollo Socioeconómico y Restauración Ambiental", OrganisationNature.FOUNDATION,
        EL_SALVADOR)
        .acronym("FUNDESYRAM")
        .addFieldsOfAction(FieldOfAction.FOOD_SOVEREIGNTY, FieldOfAction.ENVIRONMENT)
        .build();
  }

  private static Organisation cfdt() {
    return organisation(CaseIds.CFDT, "Confédération française démocratique du travail",
        OrganisationNature.TRADE_UNION, FR)
        .acronym("CFDT")
        .addFieldsOfAction(FieldOfAction.SOCIAL_PROTECTION, FieldOfAction.HUMAN_RIGHTS)
        .build();
  }

  private static Organisation essentiel() {
    return organisation(CaseIds.ESSENTIEL, "Essentiel", OrganisationNature.ASSOCIATION, FR)
        .addFieldsOfAction(FieldOfAction.HEALTH, FieldOfAction.SOCIAL_PROTECTION)
        .build();
  }

  private static Organisation unsas() {
    return organisation(CaseIds.UNSAS, "Union nationale des syndicats autonomes du Sénégal",
        OrganisationNature.TRADE_UNION, SENEGAL)
        .acronym("UNSAS")
        .addFieldsOfAction(FieldOfAction.SOCIAL_PROTECTION)
        .build();
  }

  private static Organisation guinee44() {
    return organisation(CaseIds.GUINEE_44, "Guinée 44", OrganisationNature.ASSOCIATION, FR)
        .addTerritory(region("Pays de la Loire"))
        .addTerritory(Territory.of(FR, TerritoryLevel.DEPARTMENT, "Loire-Atlantique"))
        .addTerritory(Territory.of(FR, TerritoryLevel.MUNICIPALITY, "Nantes"))
        .addFieldsOfAction(FieldOfAction.YOUTH_AND_EMPLOYMENT, FieldOfAction.FOOD_SOVEREIGNTY)
        .description("Association in Nantes working with partners in the sub-prefecture of Kindia, Guinea")
        .build();
  }

  private static Organisation mfr(OrganisationId id, String letter) {
    return organisation(id, "Maison familiale rurale " + letter + " (Pays de la Loire)", OrganisationNature.SCHOOL,
        FR)
        .addTerritory(region("Pays de la Loire"))
        .addFieldsOfAction(FieldOfAction.YOUTH_AND_EMPLOYMENT, FieldOfAction.EDUCATION)
        .description("One of the two rural family training centres of the Guinée 44 initiative; the seeds do not"
            + " name them")
        .build();
  }

  private static Organisation laosProducers() {
    return organisation(CaseIds.LAOS_PRODUCERS, "Laos jam producers", OrganisationNature.COOPERATIVE, LAOS)
        .addTerritory(Territory.of(LAOS, TerritoryLevel.COUNTRY, "Laos"))
        .addFieldsOfAction(FieldOfAction.FOOD_SOVEREIGNTY, FieldOfAction.SOCIAL_AND_SOLIDARITY_ECONOMY)
        .description("Producers making jam for a fair-trade brand, partners of CCFD-Terre Solidaire")
        .build();
  }

  /** Kindia, where Guinée 44's partners are: also used by the initiative. */
  static Territory kindia() {
    return Territory.of(GUINEA, TerritoryLevel.DISTRICT, "Kindia");
  }

  static Territory region(String name) {
    return Territory.of(FR, TerritoryLevel.REGION, name);
  }

  private static Organisation.Builder organisation(OrganisationId id, String name, OrganisationNature nature,
      CountryCode country) {
    return Organisation.builder().id(id).name(name).nature(nature).country(country);
  }
}
