package org.partnershipsdk.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnershipsdk.core.initiative.Beneficiaries;
import org.partnershipsdk.core.initiative.CoFinancing;
import org.partnershipsdk.core.mission.MissionDirection;
import org.partnershipsdk.core.mission.MissionType;
import org.partnershipsdk.core.mission.MissionZone;
import org.partnershipsdk.core.mission.VolunteerMission;
import org.partnershipsdk.core.model.CountryCode;
import org.partnershipsdk.core.model.Label;
import org.partnershipsdk.core.model.MissionId;
import org.partnershipsdk.core.model.Money;
import org.partnershipsdk.core.model.OrganisationId;
import org.partnershipsdk.core.model.Period;
import org.partnershipsdk.core.model.ProgrammeId;
import org.partnershipsdk.core.model.Territory;
import org.partnershipsdk.core.model.TerritoryLevel;
import org.partnershipsdk.core.organisation.Organisation;
import org.partnershipsdk.core.organisation.OrganisationNature;
import org.partnershipsdk.core.programme.Programme;
import org.partnershipsdk.core.reciprocity.Criterion;
import org.partnershipsdk.core.results.Activity;
import org.partnershipsdk.core.results.IndicatorValue;
import tools.jackson.databind.json.JsonMapper;

/** The wire form of the model's types beyond the shared values: years, web addresses, labels, derived methods. */
class ModelWireFormatTest {
  private static final JsonMapper MAPPER = PartnershipJson.mapper();
  private static final CountryCode CONGO = CountryCode.of("CG");
  private final PartnershipJson json = PartnershipJson.create();

  /** The Moulenda mission of DOMAIN.md: EXPLOR, Pool, GDCAM holder, GCADEM local partner, IKO Power, 7 days. */
  static VolunteerMission moulenda() {
    return VolunteerMission.builder()
        .id(MissionId.of("explor-moulenda"))
        .title("Feasibility of a micro hydro-electric plant")
        .programme(ProgrammeId.of("explor"))
        .type(MissionType.DIAGNOSTIC)
        .direction(MissionDirection.NORTH_SOUTH)
        .zone(MissionZone.builder().country(CONGO)
            .addTerritories(Territory.of(CONGO, TerritoryLevel.DEPARTMENT, "Pool"),
                Territory.of(CONGO, TerritoryLevel.MUNICIPALITY, "Moulenda"))
            .build())
        .holder(OrganisationId.of("gdcam"))
        .localPartner(OrganisationId.of("gcadem"))
        .volunteersStructure(OrganisationId.of("iko-power"))
        .period(Period.of(LocalDate.of(2022, 3, 1), LocalDate.of(2022, 3, 7)))
        .durationDays(7)
        .build();
  }

  @Test
  void theMoulendaMissionIsWrittenWithItsPropertiesInDeclarationOrderAndNoDerivedOnes() {
    String written = json.write(DocumentType.MISSION, moulenda());
    assertThat(written).isEqualTo("{\"type\":\"mission\",\"schemaVersion\":\"" + PartnershipJson.SCHEMA_VERSION
        + "\",\"data\":{"
        + "\"id\":\"explor-moulenda\",\"title\":\"Feasibility of a micro hydro-electric plant\","
        + "\"programme\":\"explor\",\"type\":\"diagnostic\",\"direction\":\"north-south\","
        + "\"zone\":{\"country\":\"CG\",\"territories\":[{\"country\":\"CG\",\"level\":\"department\",\"name\":\"Pool\"},"
        + "{\"country\":\"CG\",\"level\":\"municipality\",\"name\":\"Moulenda\"}]},"
        + "\"holder\":\"gdcam\",\"localPartner\":\"gcadem\",\"volunteersStructure\":\"iko-power\","
        + "\"period\":{\"start\":\"2022-03-01\",\"end\":\"2022-03-07\"},\"durationDays\":7,\"preparation\":{}}}");
    assertThat(written).doesNotContain("effectiveDurationDays", "lastDay", "isInFrance", "\"days\"");
    assertThat(json.read(DocumentType.MISSION, written)).isEqualTo(moulenda());
  }

  @Test
  void aYearIsAnIntegerAndReadOnlyFromAnInteger() {
    Programme explor = Programme.builder().id(ProgrammeId.of("explor")).name("EXPLOR").since(Year.of(2021)).build();
    String written = json.write(DocumentType.PROGRAMME, explor);
    assertThat(written).contains("\"since\":2021");
    assertThat(json.read(DocumentType.PROGRAMME, written)).isEqualTo(explor);
    assertFails(written.replace("2021", "\"2021\""), DocumentType.PROGRAMME, "json.type-mismatch", "/data/since");
    assertFails(written.replace("2021", "2021.5"), DocumentType.PROGRAMME, "json.type-mismatch", "/data/since");
    assertFails(written.replace("2021", "99999999999"), DocumentType.PROGRAMME, "json.value.invalid", "/data/since");
  }

  @Test
  void aWebsiteIsAStringAndAnythingThatIsNotAUriIsAnInvalidValue() {
    Organisation gdcam = Organisation.builder().id(OrganisationId.of("gdcam"))
        .name("Groupement des coopératives agropastorales de Moulenda").acronym("GDCAM")
        .nature(OrganisationNature.COOPERATIVE).country(CONGO).website(URI.create("https://gdcam.example.org/a%20b?x=1"))
        .build();
    String written = json.write(DocumentType.ORGANISATION, gdcam);
    assertThat(written).contains("\"website\":\"https://gdcam.example.org/a%20b?x=1\"");
    assertThat(json.read(DocumentType.ORGANISATION, written)).isEqualTo(gdcam);
    String site = "https://gdcam.example.org/a%20b?x=1";
    assertFails(written.replace(site, "https://gdcam example"), DocumentType.ORGANISATION, "json.value.invalid",
        "/data/website");
    assertFails(written.replace("\"" + site + "\"", "12"), DocumentType.ORGANISATION, "json.type-mismatch",
        "/data/website");
  }

  @Test
  void aLabelIsAClosedObjectInEnglishAndFrench() {
    Criterion listening = Criterion.of("listening", new Label("Listening", "Écoute"),
        new Label("Does each side hear the other?", "Chaque partie entend-elle l'autre ?"));
    String written = MAPPER.writeValueAsString(listening);
    assertThat(written).isEqualTo("{\"code\":\"listening\",\"wording\":{\"en\":\"Listening\",\"fr\":\"Écoute\"},"
        + "\"question\":{\"en\":\"Does each side hear the other?\",\"fr\":\"Chaque partie entend-elle l'autre ?\"}}");
    assertThat(MAPPER.readValue(written, Criterion.class)).isEqualTo(listening);
    String head = "{\"type\":\"assessment\",\"schemaVersion\":\"1.0\",\"data\":{\"id\":\"a\",\"partnership\":\"p\","
        + "\"criteriaSet\":{\"id\":\"default\",\"version\":1,\"scale\":{\"min\":1,\"max\":4},\"criteria\":[";
    String tail = "]}}}";
    assertFails(head + written.replace(",\"fr\":\"Écoute\"", "") + tail, DocumentType.ASSESSMENT,
        "json.property.missing", "/data/criteriaSet/criteria/0/wording/fr");
    assertFails(head + written.replace("\"fr\":\"Écoute\"", "\"fr\":\"Écoute\",\"es\":\"Escucha\"") + tail,
        DocumentType.ASSESSMENT, "json.property.unknown", "/data/criteriaSet/criteria/0/wording/es");
    assertThat(json.read(DocumentType.ASSESSMENT, head + written + tail).criteriaSet().criteria()).containsExactly(listening);
  }

  @Test
  void decimalsOfTheModelAreNormalisedSoThatWhatIsReadEqualsWhatWasWritten() throws Exception {
    CoFinancing share = MAPPER.readValue("{\"funder\":\"funder\",\"amount\":{\"amount\":\"3000000.00\",\"currency\":\"XOF\"},"
        + "\"rateToBudgetCurrency\":\"0.0015240\"}", CoFinancing.class);
    assertThat(MAPPER.writeValueAsString(share)).isEqualTo("{\"funder\":\"funder\",\"amount\":{\"amount\":\"3000000\","
        + "\"currency\":\"XOF\"},\"rateToBudgetCurrency\":\"0.001524\"}");
    assertThat(MAPPER.readValue("{\"funder\":\"f\",\"amount\":{\"amount\":1,\"currency\":\"XOF\"},"
        + "\"rateToBudgetCurrency\":1.5e-3}", CoFinancing.class).rateToBudgetCurrency()).contains(new BigDecimal("0.0015"));
    IndicatorValue fifteen = MAPPER.readValue("{\"number\":\"15.000\",\"date\":\"2022-11-30\"}", IndicatorValue.class);
    assertThat(fifteen).isEqualTo(IndicatorValue.ofNumber(15).withDate(LocalDate.of(2022, 11, 30)));
    assertThat(MAPPER.writeValueAsString(fifteen)).isEqualTo("{\"number\":\"15\",\"date\":\"2022-11-30\"}");
    assertThat(MAPPER.readValue("{\"number\":1E+3}", IndicatorValue.class).number()).hasValueSatisfying(
        n -> assertThat(n.toPlainString()).isEqualTo("1000"));
  }

  @Test
  void largeCountsFlagsAndLevelsKeepTheirJsonTypes() throws Exception {
    Beneficiaries many = Beneficiaries.builder().direct(3_000_000_000L).build();
    assertThat(MAPPER.writeValueAsString(many)).isEqualTo("{\"direct\":3000000000}");
    assertThat(MAPPER.readValue("{\"direct\":3000000000}", Beneficiaries.class)).isEqualTo(many);
    assertThat(MAPPER.writeValueAsString(IndicatorValue.ofYesNo(true))).isEqualTo("{\"flag\":true}");
    assertThatThrownBy(() -> MAPPER.readValue("{\"flag\":\"true\"}", IndicatorValue.class))
        .isInstanceOf(tools.jackson.databind.DatabindException.class);
    Activity training = Activity.builder().statement("Train employees in bottling").means("A volunteer")
        .cost(Money.of("1200", "EUR")).addAssumptions("Employees are available").build();
    assertThat(MAPPER.writeValueAsString(training)).isEqualTo("{\"statement\":\"Train employees in bottling\","
        + "\"assumptions\":[\"Employees are available\"],\"means\":\"A volunteer\","
        + "\"cost\":{\"amount\":\"1200\",\"currency\":\"EUR\"}}");
    assertThat(List.of(MAPPER.writeValueAsString(training))).noneMatch(s -> s.contains("\"kind\""));
  }

  private void assertFails(String document, DocumentType<?> type, String code, String pointer) {
    assertThatThrownBy(() -> json.read(type, document)).isInstanceOfSatisfying(JsonReadException.class, e -> {
      assertThat(e.code()).isEqualTo(code);
      assertThat(e.pointer()).isEqualTo(pointer);
    });
  }
}
