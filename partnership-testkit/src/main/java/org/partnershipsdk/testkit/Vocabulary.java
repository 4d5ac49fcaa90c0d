package org.partnershipsdk.testkit;

import java.util.List;
import org.partnershipsdk.core.model.CountryCode;
import org.partnershipsdk.core.organisation.OrganisationNature;

/**
 * The texts the generators write, drawn from the seed cases, in French and English: organisations,
 * programmes, initiatives, objectives, missions... None holds a personal value ({@link People}).
 */
final class Vocabulary {

  /**
   * An organisation the generators can write.
   *
   * @param slug the start of its identifiers
   * @param name its full name
   * @param acronym its acronym, or null
   * @param nature its nature
   * @param country where it is
   */
  record OrganisationTemplate(String slug, String name, String acronym, OrganisationNature nature,
      CountryCode country) {}

  /**
   * A programme the generators can write.
   *
   * @param slug the start of its identifiers
   * @param name its full name
   * @param acronym its acronym
   */
  record ProgrammeTemplate(String slug, String name, String acronym) {}

  static final List<OrganisationTemplate> ORGANISATIONS = List.of(
      org("gdcam", "Groupement des coopératives agropastorales de Moulenda", "GDCAM", OrganisationNature.COOPERATIVE, "CG"),
      org("gcadem", "GCADEM", "GCADEM", OrganisationNature.COOPERATIVE, "CG"),
      org("iko-power", "IKO Power", null, OrganisationNature.SOLIDARITY_ECONOMY_ACTOR, "FR"),
      org("ahpa", "Association humanitaire pour l'Afrique", "AHPA", OrganisationNature.DIASPORA_ORGANISATION, "FR"),
      org("cripadd", "Cercle de recherche pour l'identification et la promotion des alternatives du développement"
          + " durable", "CRIPADD", OrganisationNature.ASSOCIATION, "BJ"),
      org("les-anges-gardins", "Les Anges Gardins", null, OrganisationNature.SOLIDARITY_ECONOMY_ACTOR, "FR"),
      org("aema", "Association des étangs et marais de l'Île", "AEMA", OrganisationNature.ASSOCIATION, "FR"),
      org("spf-82", "Secours populaire français, fédération du Tarn-et-Garonne", "SPF", OrganisationNature.ASSOCIATION,
          "FR"),
      org("canasta-campesina", "Canasta Campesina", null, OrganisationNature.COOPERATIVE, "SV"),
      org("familles-comasagua", "Familles paysannes de Comasagua", null, OrganisationNature.COMMUNITY_GROUP, "SV"),
      org("uls", "Universidad Luterana Salvadoreña", "ULS", OrganisationNature.UNIVERSITY, "SV"),
      org("lfss", "Lycée français de San Salvador", null, OrganisationNature.SCHOOL, "SV"),
      org("gab-65", "Groupement de l'agriculture biologique des Hautes-Pyrénées", "GAB 65",
          OrganisationNature.COOPERATIVE, "FR"),
      org("capou", "Lycée agricole de Capou", null, OrganisationNature.SCHOOL, "FR"),
      org("mpds", "Médecins pour le droit à la santé", null, OrganisationNature.ASSOCIATION, "SV"),
      org("fundesyram", "Fundación para el Desarrollo Socioeconómico y Restauración Ambiental", "FUNDESYRAM",
          OrganisationNature.FOUNDATION, "SV"),
      org("cfdt", "Confédération française démocratique du travail", "CFDT", OrganisationNature.TRADE_UNION, "FR"),
      org("essentiel", "Essentiel", null, OrganisationNature.ASSOCIATION, "FR"),
      org("unsas", "Union nationale des syndicats autonomes du Sénégal", "UNSAS", OrganisationNature.TRADE_UNION, "SN"),
      org("guinee-44", "Guinée 44", null, OrganisationNature.DIASPORA_ORGANISATION, "FR"),
      org("mfr", "Maison familiale rurale des Pays de la Loire", "MFR", OrganisationNature.SCHOOL, "FR"),
      org("ccfd", "CCFD-Terre Solidaire", null, OrganisationNature.ASSOCIATION, "FR"),
      org("cfsi", "Comité français pour la solidarité internationale", "CFSI", OrganisationNature.NETWORK, "FR"),
      org("lianes", "Lianes Coopération", null, OrganisationNature.NETWORK, "FR"),
      org("grdr", "Grdr Migration-Citoyenneté-Développement", "Grdr", OrganisationNature.ASSOCIATION, "FR"),
      org("montauban", "Ville de Montauban", null, OrganisationNature.LOCAL_AUTHORITY, "FR"),
      org("afd", "Agence française de développement", "AFD", OrganisationNature.PUBLIC_AGENCY, "FR"),
      org("luang-prabang-jam", "Fair-Trade Jam Producers of Luang Prabang", null, OrganisationNature.COOPERATIVE,
          "LA"),
      org("hanoi-migrants", "Hanoi Centre for Women Migrant Workers", null, OrganisationNature.ASSOCIATION, "VN"),
      org("kindia-farmers", "Kindia Young Farmers' Association", null, OrganisationNature.ASSOCIATION, "GN"),
      org("kayes-energy", "Kayes Solar Energy Cooperative", null, OrganisationNature.COOPERATIVE, "ML"),
      org("joal-processors", "Women Fish Processors of Joal", null, OrganisationNature.COMMUNITY_GROUP, "SN"),
      org("jardins-partages", "Jardins partagés du Tarn-et-Garonne", null, OrganisationNature.OTHER, "FR"));

  /** How organisations of nature "other" name their nature. */
  static final List<String> OTHER_NATURES = List.of(
      "Collectif citoyen informel", "Société coopérative d'intérêt collectif", "Informal citizens' collective");

  static final List<String> ORGANISATION_DESCRIPTIONS = List.of(
      "Accompagne des groupements paysans vers la souveraineté alimentaire",
      "Brings together producers to process and sell their harvest locally",
      "Mobilise la diaspora pour des projets dans la région d'origine",
      "Trains young people in farming trades and helps them settle",
      "Défend les droits des travailleuses de l'économie informelle");

  static final List<ProgrammeTemplate> PROGRAMMES = List.of(
      new ProgrammeTemplate("caac", "Coopérer autrement en acteurs du changement", "CAAC"),
      new ProgrammeTemplate("explor", "EXPLOR, missions courtes de volontaires", "EXPLOR"),
      new ProgrammeTemplate("fri", "Fonds régional pour les initiatives de solidarité", "FRI"),
      new ProgrammeTemplate("tap", "Territories Acting Together Programme", "TAP"));

  static final List<String> PROGRAMME_DESCRIPTIONS = List.of(
      "Soutient des coopérations de territoire à territoire entre acteurs de natures différentes",
      "Supports short missions that lend professional skills to projects carried by diaspora organisations",
      "Funds multi-actor initiatives that contribute to the Sustainable Development Goals");

  static final List<String> AGREEMENTS = List.of(
      "Convention de partenariat 2016-03", "Partnership agreement 2019/12", "Convention triennale 2020-2022");

  static final List<String> INITIATIVE_TITLES = List.of(
      "Des paniers paysans de Comasagua au jardin solidaire de Montauban",
      "Production locale de conserves de tomates à Kpomassé",
      "Étude de faisabilité d'une micro-centrale hydroélectrique à Moulenda",
      "Protection sociale des femmes transformatrices de poisson séché",
      "Insertion des jeunes dans les métiers agricoles à Kindia",
      "Jam production in Laos for a fair-trade brand",
      "Defending the rights of women migrant workers in Vietnam",
      "An economic activity zone for young entrepreneurs in Mali",
      "Jardins solidaires et échanges de pratiques entre l'Occitanie et le Salvador");

  static final List<String> INITIATIVE_SUMMARIES = List.of(
      "Relier des familles paysannes et des personnes en précarité autour du maraîchage",
      "Give farmers a fair price and a lasting outlet for their produce",
      "Renforcer une unité de production et obtenir son autorisation de mise sur le marché",
      "Extend social protection to women of the informal economy");

  static final List<String> BENEFICIARY_DESCRIPTIONS = List.of(
      "Personnes en situation de précarité économique et sociale",
      "Farming families and young people of the commune",
      "Femmes transformatrices et leurs familles");

  static final List<String> LESSONS = List.of(
      "Associer des acteurs de natures différentes sort la relation du face-à-face bilatéral",
      "Mutual learning grows when each side hosts the other",
      "Relier l'économique et le social change le type de projets soutenus",
      "A short mission works best when remote support started months before");

  static final List<String> CYCLE_REASONS = List.of(
      "Frontières fermées pendant la crise sanitaire", "Insécurité dans la zone d'intervention",
      "The co-funder withdrew", "Saison des pluies : sites inaccessibles");

  static final List<String> RESUME_REASONS = List.of(
      "Reprise après la réouverture des frontières", "New co-funder found");

  static final List<String> BACK_MOVE_REASONS = List.of(
      "Renvoyée par le comité : le besoin est à reformuler", "Reformulation after the mid-term review",
      "The partner rewrote its proposal");

  static final List<String> REOPEN_REASONS = List.of(
      "Deuxième phase financée", "Reopened to finish the activities left undone");

  static final List<String> CYCLE_MODEL_NAMES = List.of("acme", "cycle-court", "two-committees");

  static final List<String> FOLLOW_UP_SUMMARIES = List.of(
      "Point d'étape sur les activités du trimestre", "Visit of the production unit and of the gardens",
      "Préparation du comité de pilotage", "Budget review with the holder");

  static final List<String> FINDINGS = List.of(
      "Les activités prévues ont été menées", "Trained employees apply the new procedures",
      "La gouvernance du projet reste fragile", "The partner's autonomy has grown");

  static final List<String> RECOMMENDATIONS = List.of(
      "Associer davantage les familles aux décisions", "Seek complementary funding for the second phase",
      "Formaliser le partenariat par une convention", "Share the monitoring data with every participant");

  static final List<String> OVERALL_STATEMENTS = List.of(
      "Les conditions de vie des familles paysannes s'améliorent",
      "Local preserves reach the market at a fair price",
      "Les jeunes trouvent un emploi dans les métiers agricoles");

  static final List<String> SPECIFIC_STATEMENTS = List.of(
      "L'unité de production fabrique des conserves de qualité certifiée",
      "Women processors are covered by social protection",
      "Les familles vendent leurs paniers chaque semaine");

  static final List<String> RESULT_STATEMENTS = List.of(
      "Les salariées sont formées à la mise en bocaux", "A sanitary control plan is in place",
      "Un réseau de points de vente est constitué");

  static final List<String> ACTIVITY_STATEMENTS = List.of(
      "Former les salariées aux procédés de conservation", "Analyse a sample in a partner laboratory",
      "Organiser des échanges entre jardiniers des deux territoires");

  static final List<String> MEANS = List.of(
      "Deux formateurs, matériel de mise en bocaux", "Laboratory fees and shipping", "Déplacements et interprétariat");

  static final List<String> ASSUMPTIONS = List.of(
      "Les prix des intrants restent stables", "The health agency processes the application within a year",
      "La situation sécuritaire permet les déplacements");

  static final List<String> SOURCES_OF_VERIFICATION = List.of(
      "Feuilles de présence", "Mission report", "Registre des ventes", "Baseline survey");

  static final List<String> QUALITATIVE_VALUES = List.of(
      "Les familles se disent mieux informées", "Relations with the local authority have become regular",
      "La confiance entre partenaires progresse");

  static final List<String> MISSION_TITLES = List.of(
      "Feasibility of a micro hydro-electric plant in Moulenda",
      "Strengthening local production of tomato preserves in Kpomassé",
      "Mission d'appui à la structuration d'une filière de conserves",
      "Diagnostic d'un périmètre maraîcher", "Installation of a solar pumping system");

  static final List<String> MISSION_OBJECTIVES = List.of(
      "Study the main characteristics of the target river",
      "Estimate the civil engineering costs of the plant",
      "Analyser le procédé de fabrication et conseiller sur la qualité",
      "Accompagner la demande d'autorisation de mise sur le marché",
      "Identify local technical partners able to maintain the equipment");

  static final List<String> ACHIEVEMENTS = List.of(
      "Plan topographique du site", "Estimate of domestic and professional demand",
      "15 employees of the production unit trained in bottling", "Plan de maîtrise sanitaire",
      "Meeting with the prefecture", "Fiches techniques de suivi du procédé");

  static final List<String> INSTITUTIONAL_CONTACTS = List.of(
      "Préfecture du département", "Agence sanitaire nationale", "Mairie de la commune",
      "Ministry of Energy", "Chambre d'agriculture");

  static final List<String> DIFFICULTIES = List.of(
      "Le projet est plus technique que prévu", "Access to the site during the rainy season",
      "Coûts de génie civil sous-estimés");

  static final List<String> LOCAL_RESOURCES = List.of(
      "Un laboratoire d'analyses à Cotonou", "Local welders able to maintain the turbine",
      "Une coopérative de transport");

  static final List<String> IMPACTS_ON_PROJECT = List.of(
      "Le projet a été redimensionné", "The holder applied for a marketing authorisation",
      "La feuille de route est clarifiée");

  static final List<String> IMPACTS_ON_PRACTICES = List.of(
      "Les volontaires ont adapté leurs livrables", "The holder now plans remote support before each mission");

  static final List<String> DOCUMENT_TITLES = List.of(
      "Termes de référence de l'évaluation finale", "Convention de financement signée", "Budget prévisionnel révisé",
      "Rapport narratif intermédiaire", "Interim financial report", "Photos du jardin solidaire",
      "Compte rendu de mission", "Annual report 2019", "Étude de faisabilité de la microcentrale");

  static final List<String> BUDGET_LABELS = List.of(
      "Semences et petit outillage", "Missions croisées", "Animation du jardin solidaire", "Local storage and cold chain",
      "Translation and interpreting");

  static final List<String> AGREEMENT_TITLES = List.of(
      "Convention de financement CAAC", "Convention triennale de partenariat", "Grant agreement for short missions",
      "Avenant n° 1 à la convention de financement", "Convention d'appui aux actions");

  static final List<String> AGREEMENT_DESCRIPTIONS = List.of(
      "Finance la phase de mise en œuvre et les missions croisées",
      "Covers the feasibility study and the training of local technicians");

  static final List<String> AGREEMENT_CONDITIONS = List.of(
      "Les dépenses sont justifiées par des pièces comptables", "An external audit is carried out at the end",
      "Le logo du bailleur figure sur les supports de communication");

  static final List<String> TRANCHE_CONDITIONS = List.of(
      "Rapport intermédiaire accepté", "Interim report accepted", "Rapport financier validé");

  static final List<String> TRANSACTION_DESCRIPTIONS = List.of(
      "Versement de la tranche", "Achat de semences", "Transfer to the local partner", "Frais de mission croisée");

  static final List<String> OTHER_FIELDS = List.of(
      "Culture et patrimoine", "Sport for development", "Accès au numérique", "Mobilité internationale des jeunes");

  static final List<String> PERIOD_COMMENTS = List.of(
      "Retard dû à la saison des pluies", "Target reached during the volunteers' mission",
      "Chiffres consolidés avec le partenaire", "Fewer participants than planned after the harvest");

  static final List<String> AGE_GROUPS = List.of("15-24", "25-34", "35+");

  static final List<String> AGGREGATE_DESCRIPTIONS = List.of(
      "Initiatives soutenues", "Partners mobilised in France and abroad", "Personnes touchées directement ou"
          + " indirectement", "Missions de volontaires réalisées");

  static final List<String> AGGREGATE_UNITS = List.of("initiatives", "partners", "personnes", "missions");

  static final List<String> AGGREGATE_SOURCES = List.of(
      "Rapport d'activité du dispositif", "Programme capitalisation report", "Bilan de phase");

  private Vocabulary() {}

  /** @return every text of this vocabulary, for checks that no personal value hides in it */
  static List<List<String>> allTexts() {
    return List.of(OTHER_NATURES, ORGANISATION_DESCRIPTIONS, PROGRAMME_DESCRIPTIONS, AGREEMENTS, INITIATIVE_TITLES,
        INITIATIVE_SUMMARIES, BENEFICIARY_DESCRIPTIONS, LESSONS, CYCLE_REASONS, RESUME_REASONS, BACK_MOVE_REASONS,
        REOPEN_REASONS, CYCLE_MODEL_NAMES, FOLLOW_UP_SUMMARIES,
        FINDINGS, RECOMMENDATIONS, OVERALL_STATEMENTS, SPECIFIC_STATEMENTS, RESULT_STATEMENTS, ACTIVITY_STATEMENTS,
        MEANS, ASSUMPTIONS, SOURCES_OF_VERIFICATION, QUALITATIVE_VALUES, MISSION_TITLES, MISSION_OBJECTIVES,
        ACHIEVEMENTS, INSTITUTIONAL_CONTACTS, DIFFICULTIES, LOCAL_RESOURCES, IMPACTS_ON_PROJECT, IMPACTS_ON_PRACTICES,
        DOCUMENT_TITLES, BUDGET_LABELS, AGREEMENT_TITLES, AGREEMENT_DESCRIPTIONS, AGREEMENT_CONDITIONS,
        TRANCHE_CONDITIONS, TRANSACTION_DESCRIPTIONS, OTHER_FIELDS, PERIOD_COMMENTS, AGE_GROUPS,
        AGGREGATE_DESCRIPTIONS, AGGREGATE_UNITS, AGGREGATE_SOURCES, ORGANISATIONS.stream().map(o -> o.name() + " " + o.slug()).toList());
  }

  private static OrganisationTemplate org(String slug, String name, String acronym, OrganisationNature nature,
      String country) {
    return new OrganisationTemplate(slug, name, acronym, nature, CountryCode.of(country));
  }
}
