package org.partnershipsdk.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnershipsdk.core.model.CountryCode;
import org.partnershipsdk.core.model.CurrencyCode;
import org.partnershipsdk.core.model.FieldOfAction;
import org.partnershipsdk.core.model.InitiativeId;
import org.partnershipsdk.core.model.Money;
import org.partnershipsdk.core.model.OrganisationId;
import org.partnershipsdk.core.model.Period;
import org.partnershipsdk.core.model.Sdg;
import org.partnershipsdk.core.model.Territory;
import org.partnershipsdk.core.model.TerritoryLevel;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

class WireFormatTest {
  private static final Territory KPOMASSE = Territory.of(CountryCode.of("BJ"), TerritoryLevel.MUNICIPALITY, "Kpomassé");
  private final PartnershipJson json = PartnershipJson.create();

  @Test
  void aTerritoryIsWrittenWithAccessorNamesInDeclarationOrderAndCodes() {
    assertThat(json.write(TestDocuments.TERRITORY, KPOMASSE)).isEqualTo(
        "{\"type\":\"test-territory\",\"schemaVersion\":\"" + PartnershipJson.SCHEMA_VERSION + "\",\"data\":"
            + "{\"country\":\"BJ\",\"level\":\"municipality\",\"name\":\"Kpomassé\"}}");
  }

  @Test
  void aDefaultIsWrittenAndAMissingDefaultReadsAsTheDefault() {
    Territory read = json.read(TestDocuments.TERRITORY,
        "{\"type\":\"test-territory\",\"schemaVersion\":\"1.0\",\"data\":{\"country\":\"BJ\",\"name\":\"Kpomassé\"}}");
    assertThat(read).isEqualTo(KPOMASSE);
  }

  @Test
  void datesAreIsoAndAbsentOptionalsAreOmitted() {
    Period moulenda = Period.of(LocalDate.of(2022, 3, 1), LocalDate.of(2022, 3, 7));
    assertThat(PartnershipJson.mapper().writeValueAsString(moulenda)).isEqualTo("{\"start\":\"2022-03-01\",\"end\":\"2022-03-07\"}");
    assertThat(PartnershipJson.mapper().writeValueAsString(Period.builder().end(LocalDate.of(2022, 3, 7)).build()))
        .isEqualTo("{\"end\":\"2022-03-07\"}");
    assertThat(PartnershipJson.mapper().writeValueAsString(Period.unknown())).isEqualTo("{}");
    assertThat(PartnershipJson.mapper().readValue("{}", Period.class)).isEqualTo(Period.unknown());
  }

  @Test
  void datesStayIsoWhateverTheMappersDateSettings() {
    JsonMapper timestamps = JsonMapper.builder().addModule(new PartnershipJsonModule())
        .enable(tools.jackson.databind.cfg.DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS).build();
    assertThat(timestamps.writeValueAsString(Period.of(LocalDate.of(2022, 3, 1), LocalDate.of(2022, 3, 7))))
        .isEqualTo("{\"start\":\"2022-03-01\",\"end\":\"2022-03-07\"}");
  }

  @Test
  void moneyIsAnObjectWithTheAmountAsAStringWithoutTrailingZeros() {
    assertThat(PartnershipJson.mapper().writeValueAsString(Money.of("1200.50", "EUR")))
        .isEqualTo("{\"amount\":\"1200.5\",\"currency\":\"EUR\"}");
    assertThat(PartnershipJson.mapper().writeValueAsString(Money.of("1E+3", "XOF")))
        .isEqualTo("{\"amount\":\"1000\",\"currency\":\"XOF\"}");
  }

  @Test
  void anAmountIsReadFromAStringOrANumberWithoutLoss() {
    String digits = "12345678901234567890.123456789012345678";
    assertThat(PartnershipJson.mapper().readValue("{\"amount\":\"" + digits + "\",\"currency\":\"EUR\"}", Money.class))
        .isEqualTo(Money.of(new BigDecimal(digits), CurrencyCode.EUR));
    assertThat(PartnershipJson.mapper().readValue("{\"currency\":\"EUR\",\"amount\":" + digits + "}", Money.class).amount())
        .isEqualByComparingTo(digits);
    assertThat(PartnershipJson.mapper().readValue("{\"amount\":1.2e3,\"currency\":\"EUR\"}", Money.class))
        .isEqualTo(Money.of("1200", "EUR"));
  }

  @Test
  void identifiersCountriesCurrenciesAndCodesArePlainStrings() {
    Sample sample = sample();
    String written = json.write(TestDocuments.SAMPLE, sample);
    assertThat(written).isEqualTo("{\"type\":\"test-sample\",\"schemaVersion\":\"" + PartnershipJson.SCHEMA_VERSION + "\",\"data\":{"
        + "\"id\":\"explor-moulenda\",\"partner\":\"gdcam\",\"budget\":{\"amount\":\"1200.5\",\"currency\":\"XAF\"},"
        + "\"country\":\"CG\",\"currency\":\"XAF\",\"field\":\"energy\",\"goals\":[\"sdg-7\",\"sdg-17\"],"
        + "\"fields\":[\"food-sovereignty\",\"energy\"],"
        + "\"territories\":[{\"country\":\"CG\",\"level\":\"department\",\"name\":\"Pool\"},"
        + "{\"country\":\"CG\",\"level\":\"municipality\",\"name\":\"Moulenda\"}],"
        + "\"period\":{\"start\":\"2022-03-01\",\"end\":\"2022-03-07\"},\"count\":7,\"confirmed\":false,\"note\":\"\"}}");
    assertThat(json.read(TestDocuments.SAMPLE, written)).isEqualTo(sample);
  }

  @Test
  void theModuleIsFoundByServiceLoaderAndWorksInAMapperOfOnesOwn() {
    JsonMapper own = JsonMapper.builder().findAndAddModules().enable(SerializationFeature.INDENT_OUTPUT).build();
    assertThat(own.readValue(own.writeValueAsString(KPOMASSE), Territory.class)).isEqualTo(KPOMASSE);
    assertThat(own.writeValueAsString(Sdg.QUALITY_EDUCATION)).isEqualTo("\"sdg-4\"");
  }

  @Test
  void indentedOutputUsesTwoSpacesAndLineFeedsOnEveryPlatform() {
    assertThat(json.indented().write(TestDocuments.PERIOD, Period.of(LocalDate.of(2022, 3, 1), LocalDate.of(2022, 3, 7))))
        .isEqualTo("{\n  \"type\" : \"test-period\",\n  \"schemaVersion\" : \"" + PartnershipJson.SCHEMA_VERSION + "\",\n  \"data\" : {\n"
            + "    \"start\" : \"2022-03-01\",\n    \"end\" : \"2022-03-07\"\n  }\n}");
  }

  /** The Moulenda mission of DOMAIN.md (GDCAM holder, GCADEM local partner, 7 days), as far as the existing types reach. */
  static Sample sample() {
    CountryCode congo = CountryCode.of("CG");
    return new Sample(InitiativeId.of("explor-moulenda"), OrganisationId.of("gdcam"), Money.of("1200.50", "XAF"), congo,
        CurrencyCode.of("XAF"), FieldOfAction.ENERGY, List.of(Sdg.CLEAN_ENERGY, Sdg.PARTNERSHIPS),
        EnumSet.of(FieldOfAction.ENERGY, FieldOfAction.FOOD_SOVEREIGNTY),
        List.of(Territory.of(congo, TerritoryLevel.DEPARTMENT, "Pool"), Territory.of(congo, TerritoryLevel.MUNICIPALITY, "Moulenda")),
        Period.of(LocalDate.of(2022, 3, 1), LocalDate.of(2022, 3, 7)), 7, false, "");
  }
}
