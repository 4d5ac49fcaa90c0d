package org.partnershipsdk.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.partnershipsdk.core.organisation.Organisation;
import org.partnershipsdk.core.organisation.OrganisationNature;
import org.partnershipsdk.core.validation.ModelValidator;

class OrganisationIdentifierTest {
  /** The codelist as partnership-iati ships it, the copy of the IATI reference data. */
  private static final Path CODELIST =
      Path.of("../partnership-iati/src/main/resources/partnership-sdk/iati/2.03/codelists/OrganisationRegistrationAgency.csv");
  private static final Pattern CSV_FIELD = Pattern.compile(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)");

  private final ModelValidator validator = ModelValidator.create();

  @Test
  void anIdentifierIsTheAgencysCodeAndTheNumberItGave() {
    OrganisationIdentifier charity = OrganisationIdentifier.of(" GB-CHC-202918 ");
    assertThat(charity.value()).isEqualTo("GB-CHC-202918");
    assertThat(charity.agency()).contains("GB-CHC");
    assertThat(charity.number()).contains("202918");
    assertThat(charity.isRegistered()).isTrue();
    OrganisationIdentifier subnational = OrganisationIdentifier.of("CA_AB-ABT-2023-00-1");
    assertThat(subnational.agency()).contains("CA_AB-ABT");
    assertThat(subnational.number()).as("a number may hold hyphens").contains("2023-00-1");
    assertThat(OrganisationIdentifier.of("W751000000").agency()).isEmpty();
    assertThatThrownBy(() -> OrganisationIdentifier.of(null)).isInstanceOf(IncompleteValueException.class);
  }

  @Test
  void validationNamesWhatIsWrongInEachLanguage() {
    assertThat(validator.validate(OrganisationIdentifier.of("GB-CHC-202918")).isValid()).isTrue();
    assertThat(validator.validate(OrganisationIdentifier.of("FR RCS 123")).violations()).singleElement()
        .satisfies(v -> assertThat(v.code()).isEqualTo("organisation-identifier.malformed"));
    assertThat(validator.validate(OrganisationIdentifier.of("FR-RNA-W751000000")).violations()).singleElement()
        .satisfies(v -> {
          assertThat(v.code()).isEqualTo("organisation-identifier.agency-unknown");
          assertThat(v.message(Locale.ENGLISH)).contains("FR-RNA");
          assertThat(v.message(Locale.FRENCH)).contains("L'organisme d'enregistrement FR-RNA");
          assertThat(v.message(Locale.forLanguageTag("es"))).contains("El organismo de registro FR-RNA");
        });
    assertThat(validator.validate(OrganisationIdentifier.of("FR-INSEE-123456789")).violations()).singleElement()
        .satisfies(v -> assertThat(v.code()).isEqualTo("organisation-identifier.agency-withdrawn"));
  }

  @Test
  void anOrganisationsIdentifierIsValidatedAtItsPath() {
    Organisation organisation = Organisation.builder().id(OrganisationId.of("o")).name("O")
        .nature(OrganisationNature.ASSOCIATION).country(CountryCode.of("FR"))
        .registeredIdentifier(OrganisationIdentifier.of("FR-XYZ-1")).build();
    assertThat(validator.validate(organisation).violations()).singleElement().satisfies(v -> {
      assertThat(v.code()).isEqualTo("organisation-identifier.agency-unknown");
      assertThat(v.path()).isEqualTo("registeredIdentifier");
    });
  }

  @Test
  void theShippedAgenciesAreTheIatiCodelists() throws IOException {
    Map<String, String> statusByCode = Files.readAllLines(CODELIST, StandardCharsets.UTF_8).stream().skip(1)
        .map(CSV_FIELD::split)
        .collect(Collectors.toMap(fields -> fields[0], fields -> fields[3], (a, b) -> a, java.util.TreeMap::new));
    assertThat(statusByCode).hasSizeGreaterThan(500);
    statusByCode.forEach((code, status) -> assertThat(OrganisationIdentifier.agencyStatus(code)).as(code).contains(status));
    assertThat(OrganisationIdentifier.agencyStatus("FR-RNA")).isEmpty();
  }
}
