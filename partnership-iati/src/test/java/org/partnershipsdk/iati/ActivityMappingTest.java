package org.partnershipsdk.iati;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnershipsdk.iati.ExportTest.EXPORTER;
import static org.partnershipsdk.iati.ExportTest.export;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.partnershipsdk.core.cycle.ProjectCycle;
import org.partnershipsdk.core.initiative.Initiative;
import org.partnershipsdk.core.initiative.ParticipantRole;
import org.partnershipsdk.core.model.CountryCode;
import org.partnershipsdk.core.model.DocumentCategory;
import org.partnershipsdk.core.model.DocumentLink;
import org.partnershipsdk.core.model.InitiativeId;
import org.partnershipsdk.core.model.Sdg;
import org.partnershipsdk.core.model.Territory;
import org.partnershipsdk.core.model.TerritoryLevel;
import org.partnershipsdk.core.portfolio.Portfolio;
import org.partnershipsdk.core.rules.Severity;
import org.partnershipsdk.iati.ExportTest.Exported;
import org.partnershipsdk.testkit.RealCases;

/**
 * The activity elements docs/iati.md's table maps, pinned on the real cases' export: participating
 * organisations and their roles, status and dates, recipients and locations, SDG tags, planned
 * disbursements, transactions, document links and conditions. The validity tests would still pass
 * if one of these optional elements were dropped; these would not.
 */
class ActivityMappingTest {
  private static final Initiative COMASAGUA = RealCases.comasaguaMontauban();
  private static final Initiative LAOS = RealCases.laosJam();
  private static final String SPF_82 = "Secours populaire français, fédération du Tarn-et-Garonne";
  private static final String CAAC = "Comité français pour la solidarité internationale";

  @Test
  void participantsAreFundingAccountableExtendingOrImplementing() {
    String comasagua = exportAlone(COMASAGUA).xml();

    assertThat(comasagua).as("the holder answers for the action; the supporting organisation extends the support")
        .containsIgnoringWhitespaces(participant("2", "22", SPF_82) + participant("3", "22", SPF_82)
            + participant("4", "72", "Canasta Campesina"));
    assertThat(comasagua).as("the programme's funder").containsIgnoringWhitespaces(participant("1", "22", CAAC));
    assertThat(roles(comasagua)).containsExactly("2", "3", "4", "4", "4", "4", "4", "4", "4", "4", "4", "4", "4", "4",
        "1");

    String laos = exportAlone(LAOS).xml();
    assertThat(laos).containsIgnoringWhitespaces(participant("1", "22", "CCFD-Terre Solidaire")
        + participant("3", "22", "CCFD-Terre Solidaire") + participant("2", "72", "Laos jam producers")
        + participant("4", "72", "Laos jam producers"));
  }

  @Test
  void theReportingOrganisationIsThePartnershipsSupportingOrganisationElseTheHolder() {
    assertThat(exportAlone(LAOS).xml()).as("the partnership's supporting organisation, not the holder")
        .containsIgnoringWhitespaces("<reporting-org ref=\"ccfd-terre-solidaire\" type=\"22\">"
            + "<narrative>CCFD-Terre Solidaire</narrative></reporting-org>");
    Initiative withoutPartnership = LAOS.withPartnership(java.util.Optional.empty());
    String holder = LAOS.holders().get(0).organisation().value();
    assertThat(exportAlone(withoutPartnership).xml()).contains("<reporting-org ref=\"" + holder + "\" type=\"72\">",
        "<iati-identifier>" + holder + "-" + LAOS.id() + "</iati-identifier>");
  }

  @Test
  void statusAndDatesComeFromTheCycleAndThePeriod() {
    assertThat(exportAlone(COMASAGUA).xml()).as("closed; capitalisation began on 2018-11-05")
        .containsIgnoringWhitespaces("""
            <activity-status code="4"/>
            <activity-date type="1" iso-date="2015-01-01"/>
            <activity-date type="2" iso-date="2015-09-01"/>
            <activity-date type="3" iso-date="2018-12-31"/>
            <activity-date type="4" iso-date="2018-11-05"/>""");
    String laos = exportAlone(LAOS).xml();
    assertThat(laos).as("in implementation, no actual end").containsIgnoringWhitespaces("""
        <activity-status code="2"/>
        <activity-date type="1" iso-date="2019-09-01"/>
        <activity-date type="2" iso-date="2019-09-02"/>
        <activity-date type="3" iso-date="2025-08-31"/>""");
    assertThat(laos).doesNotContain("<activity-date type=\"4\"");

    Exported planned = exportAlone(COMASAGUA.withCycle(ProjectCycle.empty()));
    assertThat(planned.xml()).as("an empty cycle is a pipeline activity with only its planned dates")
        .containsIgnoringWhitespaces("""
            <activity-status code="1"/>
            <activity-date type="1" iso-date="2015-01-01"/>
            <activity-date type="3" iso-date="2018-12-31"/>""")
        .doesNotContain("<activity-date type=\"2\"", "<activity-date type=\"4\"");
    assertNoErrors(planned);
  }

  @Test
  void theCountriesAbroadAreRecipientsInEqualSharesAndTheirTerritoriesLocations() {
    String comasagua = exportAlone(COMASAGUA).xml();
    assertThat(comasagua).as("Montauban is in France: neither a recipient nor a location")
        .containsIgnoringWhitespaces("<recipient-country code=\"SV\"/><location><name><narrative>Comasagua</narrative>"
            + "</name></location><sector")
        .doesNotContain("code=\"FR\"", "Montauban</narrative></name>");

    // Illustrative: the source gives Comasagua no territory in Guatemala nor Honduras.
    Exported three = exportAlone(COMASAGUA.withTerritories(List.of(COMASAGUA.territories().get(0),
        COMASAGUA.territories().get(1), Territory.of(CountryCode.of("GT"), TerritoryLevel.MUNICIPALITY, "Esquipulas"),
        Territory.of(CountryCode.of("HN"), TerritoryLevel.MUNICIPALITY, "Ocotepeque"))));
    assertThat(three.xml()).containsIgnoringWhitespaces("""
        <recipient-country code="SV" percentage="33.33"/>
        <recipient-country code="GT" percentage="33.33"/>
        <recipient-country code="HN" percentage="33.34"/>
        <location><name><narrative>Comasagua</narrative></name></location>
        <location><name><narrative>Esquipulas</narrative></name></location>
        <location><name><narrative>Ocotepeque</narrative></name></location>""");
    assertNoErrors(three);
  }

  @Test
  void withNoCountryAbroadTheRecipientIsRegion998() {
    Initiative inFrance = COMASAGUA
        .withTerritories(COMASAGUA.territories().stream().filter(Territory::isInFrance).toList())
        .withParticipants(COMASAGUA.participants().stream()
            .filter(p -> !p.roles().contains(ParticipantRole.LOCAL_PARTNER)).toList());
    Exported exported = exportAlone(inFrance);

    assertThat(exported.xml()).contains("<recipient-region code=\"998\" vocabulary=\"1\"/>")
        .doesNotContain("<recipient-country", "<location>");
    assertNoErrors(exported);
  }

  @Test
  void theLocalPartnersCountriesAreRecipientsWhenNoTerritoryIsAbroad() {
    Initiative inFrance = COMASAGUA.withTerritories(COMASAGUA.territories().stream().filter(Territory::isInFrance).toList());

    assertThat(exportAlone(inFrance).xml()).as("Canasta Campesina is in El Salvador")
        .contains("<recipient-country code=\"SV\"/>").doesNotContain("<location>");
  }

  @Test
  void sdgsAreTagsOfVocabulary2() {
    // Illustrative: the source names no SDG for Comasagua.
    Exported exported = exportAlone(COMASAGUA.withSdgs(Sdg.of(2), Sdg.of(12)));

    assertThat(exported.xml()).contains("<tag vocabulary=\"2\" code=\"2\"/>", "<tag vocabulary=\"2\" code=\"12\"/>");
    assertThat(exportAlone(COMASAGUA).xml()).doesNotContain("<tag ");
    assertNoErrors(exported);
  }

  @Test
  void theTranchesOfTheAgreementFundingThisInitiativeAloneArePlannedDisbursements() {
    String xml = exportAlone(COMASAGUA).xml();

    assertThat(xml).containsIgnoringWhitespaces("<planned-disbursement type=\"1\">"
        + "<period-start iso-date=\"2015-09-01\"/><value currency=\"EUR\" value-date=\"2015-09-01\">18000</value>"
        + organisation("provider-org", CAAC) + organisation("receiver-org", SPF_82) + "</planned-disbursement>");
    assertThat(values(xml, "planned-disbursement")).containsExactly("2015-09-01=18000", "2016-12-01=15000",
        "2017-12-01=12000");

    Portfolio shared = RealCases.portfolio().withInitiatives(COMASAGUA);
    shared = shared.withAgreements(shared.agreements().stream()
        .map(a -> a.initiatives().contains(COMASAGUA.id()) ? a.withInitiatives(COMASAGUA.id(), InitiativeId.of("another"))
            : a).toList());
    assertThat(export(EXPORTER, shared).xml()).as("an agreement funding several initiatives does not say whose share")
        .doesNotContain("<planned-disbursement").contains("<conditions attached=\"1\">");
  }

  @Test
  void transactionsAreWrittenWithTheirTypeProviderAndReceiverNoneAfterTheClock() {
    String xml = exportAlone(COMASAGUA).xml();

    assertThat(xml).containsIgnoringWhitespaces("<transaction><transaction-type code=\"2\"/>"
        + "<transaction-date iso-date=\"2015-07-15\"/><value currency=\"EUR\" value-date=\"2015-07-15\">45000</value>"
        + "<description><narrative>CAAC support committed (illustrative)</narrative></description>"
        + organisation("provider-org", CAAC) + organisation("receiver-org", SPF_82) + "</transaction>");
    assertThat(values(xml, "transaction")).containsExactly("2015-07-15=45000", "2015-09-10=18000",
        "2016-12-05=15000", "2017-12-04=12000");
    assertThat(xml).containsPattern("(?s)<transaction-type code=\"2\"/>.*(<transaction-type code=\"3\"/>.*){3}");

    Clock end2015 = Clock.fixed(LocalDate.of(2015, 12, 31).atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
    String early = export(IatiExporter.builder().clock(end2015).build(), RealCases.portfolio().withInitiatives(COMASAGUA))
        .xml();
    assertThat(values(early, "transaction")).containsExactly("2015-07-15=45000", "2015-09-10=18000");
  }

  @Test
  void documentsWithAWebAddressAreLinksWithTheirCategoryFormatLanguageAndDate() {
    // Illustrative: the source gives no web address for the Comasagua documents.
    Initiative documented = COMASAGUA.withDocuments(
        DocumentLink.builder().title("Final report").category(DocumentCategory.REPORT)
            .url(URI.create("https://example.org/comasagua/final-report.PDF")).language("fr")
            .date(LocalDate.of(2019, 2, 1)).build(),
        DocumentLink.builder().title("Photos").url(URI.create("https://example.org/comasagua/photos")).build(),
        DocumentLink.builder().title("Terms of reference").category(DocumentCategory.TERMS_OF_REFERENCE)
            .storeReference("ged://comasagua/tdr.pdf").build());
    Exported exported = exportAlone(documented);

    assertThat(exported.xml()).containsIgnoringWhitespaces("""
        <document-link format="application/pdf" url="https://example.org/comasagua/final-report.PDF">
          <title><narrative>Final report</narrative></title>
          <category code="A08"/>
          <language code="fr"/>
          <document-date iso-date="2019-02-01"/>
        </document-link>
        <document-link format="application/octet-stream" url="https://example.org/comasagua/photos">
          <title><narrative>Photos</narrative></title>
          <category code="A12"/>
        </document-link>""");
    assertThat(exported.xml()).as("a document kept in a user's own store has nothing to publish")
        .doesNotContain("Terms of reference", "ged://");
    assertThat(exportAlone(COMASAGUA).xml()).doesNotContain("<document-link");
    assertNoErrors(exported);
  }

  @Test
  void theAgreementsConditionsArePerformanceConditions() {
    assertThat(exportAlone(COMASAGUA).xml()).containsIgnoringWhitespaces("""
        <conditions attached="1">
          <condition type="2">
            <narrative>The second and third tranches are paid once the previous interim report is accepted \
        (illustrative)</narrative>
          </condition>
        </conditions>""");
    assertThat(exportAlone(LAOS).xml()).doesNotContain("<conditions");
  }

  @Test
  void theRealCasesExportsHaveNoErrors() {
    assertNoErrors(exportAlone(COMASAGUA));
    assertNoErrors(exportAlone(LAOS));
  }

  private static String participant(String role, String type, String name) {
    return "<participating-org role=\"" + role + "\" type=\"" + type + "\"><narrative>" + name
        + "</narrative></participating-org>";
  }

  private static String organisation(String element, String name) {
    return "<" + element + " type=\"22\"><narrative>" + name + "</narrative></" + element + ">";
  }

  private static List<String> roles(String xml) {
    return Pattern.compile("<participating-org[^>]* role=\"(\\d)\"").matcher(xml).results().map(m -> m.group(1))
        .toList();
  }

  /** @return each element's value, as {@code value-date=amount} */
  private static List<String> values(String xml, String element) {
    Matcher matcher = Pattern.compile("(?s)<" + element + "[ >].*?<value currency=\"EUR\" value-date=\"([0-9-]+)\">"
        + "([0-9.]+)</value>").matcher(xml);
    return matcher.results().map(m -> m.group(1) + "=" + m.group(2)).toList();
  }

  private static Exported exportAlone(Initiative initiative) {
    return export(EXPORTER, RealCases.portfolio().withInitiatives(initiative));
  }

  private static void assertNoErrors(Exported exported) {
    assertThat(exported.report().findings()).filteredOn(f -> f.severity() == Severity.ERROR).isEmpty();
  }
}
