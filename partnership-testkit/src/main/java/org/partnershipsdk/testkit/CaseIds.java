package org.partnershipsdk.testkit;

import org.partnershipsdk.core.model.AgreementId;
import org.partnershipsdk.core.model.AssessmentId;
import org.partnershipsdk.core.model.CountryCode;
import org.partnershipsdk.core.model.InitiativeId;
import org.partnershipsdk.core.model.MissionId;
import org.partnershipsdk.core.model.OrganisationId;
import org.partnershipsdk.core.model.PartnershipId;
import org.partnershipsdk.core.model.ProgrammeId;

/**
 * The identifiers and countries of the {@link RealCases}, shared by the classes that build them so
 * that every reference of the portfolio resolves. Identifiers are those the core's tests and
 * {@code docs/reciprocity.md} already use for the same organisations.
 */
final class CaseIds {
  static final CountryCode CONGO = CountryCode.of("CG");
  static final CountryCode BENIN = CountryCode.of("BJ");
  static final CountryCode EL_SALVADOR = CountryCode.of("SV");
  static final CountryCode SENEGAL = CountryCode.of("SN");
  static final CountryCode GUINEA = CountryCode.of("GN");
  static final CountryCode LAOS = CountryCode.of("LA");

  static final OrganisationId CCFD = OrganisationId.of("ccfd-terre-solidaire");
  static final OrganisationId CFSI = OrganisationId.of("cfsi");
  static final OrganisationId LIANES = OrganisationId.of("lianes-cooperation");

  static final OrganisationId GDCAM = OrganisationId.of("gdcam");
  static final OrganisationId GCADEM = OrganisationId.of("gcadem");
  static final OrganisationId IKO_POWER = OrganisationId.of("iko-power");
  static final OrganisationId AHPA = OrganisationId.of("ahpa");
  static final OrganisationId CRIPADD = OrganisationId.of("cripadd");
  static final OrganisationId LES_ANGES_GARDINS = OrganisationId.of("les-anges-gardins");
  static final OrganisationId AEMA = OrganisationId.of("aema");

  static final OrganisationId SPF = OrganisationId.of("secours-populaire-francais");
  static final OrganisationId SPF_82 = OrganisationId.of("spf-82");
  static final OrganisationId SPF_OCCITANIE = OrganisationId.of("spf-occitanie");
  static final OrganisationId SPF_NOUVELLE_AQUITAINE = OrganisationId.of("spf-nouvelle-aquitaine");
  static final OrganisationId CANASTA = OrganisationId.of("canasta-campesina");
  static final OrganisationId COMASAGUA_FAMILIES = OrganisationId.of("comasagua-farming-families");
  static final OrganisationId ULS = OrganisationId.of("universidad-luterana-salvadorena");
  static final OrganisationId UNIVERSITY_B = OrganisationId.of("comasagua-university-b");
  static final OrganisationId UNIVERSITY_C = OrganisationId.of("comasagua-university-c");
  static final OrganisationId LYCEE_SAN_SALVADOR = OrganisationId.of("lycee-francais-san-salvador");
  static final OrganisationId GAB_65 = OrganisationId.of("gab-65");
  static final OrganisationId CAPOU = OrganisationId.of("lycee-agricole-capou");
  static final OrganisationId MDS = OrganisationId.of("medecins-droit-sante");
  static final OrganisationId FUNDESYRAM = OrganisationId.of("fundesyram");

  static final OrganisationId CFDT = OrganisationId.of("cfdt");
  static final OrganisationId ESSENTIEL = OrganisationId.of("essentiel");
  static final OrganisationId UNSAS = OrganisationId.of("unsas");

  static final OrganisationId GUINEE_44 = OrganisationId.of("guinee-44");
  static final OrganisationId MFR_A = OrganisationId.of("mfr-pays-de-la-loire-a");
  static final OrganisationId MFR_B = OrganisationId.of("mfr-pays-de-la-loire-b");

  static final OrganisationId LAOS_PRODUCERS = OrganisationId.of("laos-jam-producers");

  static final ProgrammeId CAAC = ProgrammeId.of("caac");
  static final ProgrammeId EXPLOR = ProgrammeId.of("explor");

  static final InitiativeId COMASAGUA_MONTAUBAN = InitiativeId.of("caac-comasagua-montauban");
  static final InitiativeId SENEGAL_DRIED_FISH = InitiativeId.of("caac-senegal-dried-fish");
  static final InitiativeId GUINEE_KINDIA = InitiativeId.of("caac-guinee-44-kindia");
  static final InitiativeId LAOS_JAM = InitiativeId.of("ccfd-laos-jam");

  static final MissionId MOULENDA = MissionId.of("explor-moulenda-1");
  static final MissionId MOULENDA_2 = MissionId.of("explor-moulenda-2");
  static final MissionId KPOMASSE = MissionId.of("explor-kpomasse");
  static final MissionId KPOMASSE_OUIDAH = MissionId.of("explor-kpomasse-ouidah");
  static final MissionId COMASAGUA_VISIT = MissionId.of("caac-comasagua-cross-visit");

  static final PartnershipId SPF_CANASTA = PartnershipId.of("spf82-canasta-campesina");
  static final PartnershipId SPF_COMASAGUA = PartnershipId.of("spf-comasagua");
  static final PartnershipId CCFD_LAOS = PartnershipId.of("ccfd-laos-jam-producers");
  static final PartnershipId CFDT_UNSAS = PartnershipId.of("cfdt-unsas");
  static final PartnershipId ANGES_GARDINS_AHPA = PartnershipId.of("les-anges-gardins-ahpa");

  static final AssessmentId COMASAGUA_2021 = AssessmentId.of("comasagua-2021");
  static final AssessmentId COMASAGUA_2022 = AssessmentId.of("comasagua-2022");
  static final AssessmentId CFDT_UNSAS_2023 = AssessmentId.of("cfdt-unsas-2023");

  static final AgreementId COMASAGUA_AGREEMENT = AgreementId.of("cfsi-caac-comasagua-montauban");

  private CaseIds() {}
}
