package org.partnershipsdk.core.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.partnershipsdk.core.model.CountryCode;
import org.partnershipsdk.core.model.FieldOfAction;
import org.partnershipsdk.core.model.IncompleteValueException;
import org.partnershipsdk.core.model.OrganisationId;
import org.partnershipsdk.core.model.Territory;
import org.partnershipsdk.core.model.TerritoryLevel;
import org.partnershipsdk.core.validation.ModelValidator;
import org.partnershipsdk.core.validation.Violation;

class OrganisationTest {

  private static List<Violation> violations(Object value) {
    return ModelValidator.create().validate(value).violations();
  }

  static Stream<Organisation> examples() {
    return Stream.of(OrganisationExamples.gdcam(), OrganisationExamples.cripadd(), OrganisationExamples.ahpa(),
        OrganisationExamples.secoursPopulaireTarnEtGaronne(), OrganisationExamples.canastaCampesina(),
        OrganisationExamples.ccfdTerreSolidaire());
  }

  @ParameterizedTest
  @MethodSource("examples")
  void realOrganisationsOfTheSeedsValidateClean(Organisation organisation) {
    assertThat(violations(organisation)).isEmpty();
  }

  @Test
  void builderKeepsWhatItIsGiven() {
    Organisation gdcam = OrganisationExamples.gdcam();

    assertThat(gdcam.id()).isEqualTo(OrganisationId.of("gdcam"));
    assertThat(gdcam.acronym()).contains("GDCAM");
    assertThat(gdcam.nature()).contains(OrganisationNature.COOPERATIVE);
    assertThat(gdcam.country()).contains(CountryCode.of("CG"));
    assertThat(gdcam.territories()).extracting(Territory::name).containsExactly("Pool", "Moulenda");
    assertThat(gdcam.fieldsOfAction()).containsExactlyInAnyOrder(FieldOfAction.FOOD_SOVEREIGNTY, FieldOfAction.ENERGY);
    assertThat(gdcam.website()).isEmpty();
    assertThat(gdcam.contactPersons()).isEmpty();
  }

  @Test
  void hereOrThereIsDerivedFromTheCountry() {
    assertThat(OrganisationExamples.ahpa().isInFrance()).isTrue();
    assertThat(OrganisationExamples.secoursPopulaireTarnEtGaronne().isInFrance()).isTrue();
    assertThat(OrganisationExamples.gdcam().isInFrance()).isFalse();
    assertThat(OrganisationExamples.canastaCampesina().isInFrance()).isFalse();
    assertThat(OrganisationExamples.ahpa().withCountry(CountryCode.of("BJ")).isInFrance()).isFalse();
    assertThat(draft().isInFrance()).isFalse();
  }

  @Test
  void withCopiesChangeOneAttributeAndLeaveTheOriginal() {
    Organisation cripadd = OrganisationExamples.cripadd();

    Organisation renamed = cripadd.withName("CRIPADD Bénin").withWebsite(URI.create("https://cripadd.example.org"));

    assertThat(renamed.name()).isEqualTo("CRIPADD Bénin");
    assertThat(renamed.website()).contains(URI.create("https://cripadd.example.org"));
    assertThat(renamed.territories()).isEqualTo(cripadd.territories());
    assertThat(cripadd.name()).startsWith("Cercle de recherche");
    assertThat(cripadd.website()).isEmpty();
  }

  @Test
  void equalValuesAreEqual() {
    assertThat(OrganisationExamples.gdcam()).isEqualTo(OrganisationExamples.gdcam())
        .hasSameHashCodeAs(OrganisationExamples.gdcam())
        .isEqualTo(Organisation.builder().from(OrganisationExamples.gdcam()).build())
        .isNotEqualTo(OrganisationExamples.gdcam().withAcronym("GDC"));
  }

  @Test
  void natureLabelNamesTheNatureOrTheOrganisationsOwnWords() {
    assertThat(OrganisationExamples.ahpa().natureLabel(Locale.FRENCH))
        .contains("Organisation de solidarité issue des migrations (OSIM)");
    assertThat(OrganisationExamples.ahpa().natureLabel(Locale.ENGLISH)).contains("Diaspora organisation");
    Organisation mutual = OrganisationExamples.ahpa().withNature(OrganisationNature.OTHER).withOtherNature("Mutuelle");
    assertThat(mutual.natureLabel(Locale.FRENCH)).contains("Mutuelle");
    assertThat(mutual.withOtherNature(" ").natureLabel(Locale.FRENCH)).contains("Autre");
    assertThat(draft().natureLabel(Locale.FRENCH)).isEmpty();
  }

  @Test
  void aDraftNeedsOnlyItsIdentifier() {
    assertThatThrownBy(() -> Organisation.builder().name("GDCAM").build())
        .isInstanceOfSatisfying(IncompleteValueException.class,
            e -> assertThat(e.attributes()).containsExactly("id"));
    assertThatThrownBy(() -> Organisation.builder().name(null))
        .isInstanceOf(IncompleteValueException.class);
    assertThatThrownBy(() -> OrganisationExamples.gdcam().withName(null))
        .isInstanceOf(IncompleteValueException.class);
  }

  @Test
  void anEmptyDraftReportsItsNameNatureAndCountry() {
    assertThat(violations(draft()))
        .extracting(Violation::code, Violation::path)
        .containsExactly(
            tuple("value.required", "country"),
            tuple("value.blank", "name"),
            tuple("value.required", "nature"));
  }

  @Test
  void anUnassignedCountryCodeIsReported() {
    assertThat(violations(OrganisationExamples.ahpa().withCountry(CountryCode.of("XX"))))
        .extracting(Violation::code, Violation::path)
        .containsExactly(tuple("country.unassigned", "country"));
  }

  @Test
  void anOtherNatureMustBeNamed() {
    Organisation unnamed = OrganisationExamples.canastaCampesina().withNature(OrganisationNature.OTHER);

    assertThat(violations(unnamed))
        .extracting(Violation::code, Violation::path)
        .containsExactly(tuple("organisation.nature.other-label", "otherNature"));
    assertThat(violations(unnamed.withOtherNature("  ")))
        .extracting(Violation::code).containsExactly("organisation.nature.other-label");
    assertThat(violations(unnamed.withOtherNature("Mutuelle paysanne"))).isEmpty();
    assertThat(violations(OrganisationExamples.canastaCampesina().withOtherNature(""))).isEmpty();
    assertThat(violations(unnamed).get(0).message(Locale.FRENCH)).contains("autre");
  }

  @Test
  void aTerritoryInAnotherCountryIsReportedAtItsCountry() {
    Organisation misplaced = OrganisationExamples.canastaCampesina()
        .withTerritories(
            Territory.of(CountryCode.of("SV"), TerritoryLevel.MUNICIPALITY, "Comasagua"),
            Territory.of(CountryCode.FRANCE, TerritoryLevel.MUNICIPALITY, "Montauban"));

    List<Violation> found = violations(misplaced);

    assertThat(found).extracting(Violation::code, Violation::path)
        .containsExactly(tuple("organisation.territory.other-country", "territories[1].country"));
    assertThat(found.get(0).message(Locale.ENGLISH)).contains("Montauban", "FR", "SV");
    assertThat(found.get(0).message(Locale.FRENCH)).contains("Montauban");
  }

  @Test
  void territoriesAreValidatedInDepth() {
    Organisation blankTerritory = OrganisationExamples.secoursPopulaireTarnEtGaronne()
        .withTerritories(Territory.of(CountryCode.FRANCE, TerritoryLevel.REGION, " "));

    assertThat(violations(blankTerritory)).extracting(Violation::code, Violation::path)
        .containsExactly(tuple("value.blank", "territories[0].name"));
  }

  @Test
  void aWebsiteIsAnAbsoluteWebAddress() {
    Organisation ccfd = OrganisationExamples.ccfdTerreSolidaire();

    assertThat(violations(ccfd.withWebsite(URI.create("ccfd-terresolidaire.org"))))
        .extracting(Violation::code, Violation::path)
        .containsExactly(tuple("organisation.website.invalid", "website"));
    assertThat(violations(ccfd.withWebsite(URI.create("ftp://ccfd-terresolidaire.org"))))
        .extracting(Violation::code).containsExactly("organisation.website.invalid");
    assertThat(violations(ccfd.withWebsite(URI.create("HTTP://ccfd-terresolidaire.org/partenaires")))).isEmpty();
  }

  @Test
  void contactPersonsAreValidatedInDepthWithTheirValuesRedacted() {
    Organisation cripadd = OrganisationExamples.cripadd()
        .withContactPersons(OrganisationExamples.contact(),
            OrganisationExamples.contact().withName("").withEmail("awa.houngbedji"));

    List<Violation> found = violations(cripadd);

    assertThat(found).extracting(Violation::code, Violation::path)
        .containsExactly(
            tuple("value.email", "contactPersons[1].email"),
            tuple("value.blank", "contactPersons[1].name"));
    assertThat(found).allSatisfy(v -> assertThat(v.invalidValue()).contains(Violation.REDACTED));
    assertThat(found.toString()).doesNotContain("awa.houngbedji");
  }

  @Test
  void toStringNeverPrintsContactPersons() {
    Organisation cripadd = OrganisationExamples.cripadd().withContactPersons(OrganisationExamples.contact());

    assertThat(cripadd.toString())
        .contains("CRIPADD")
        .doesNotContain("Awa", "Houngbédji", "example.org", "+229", "Coordinatrice");
  }

  private static Organisation draft() {
    return Organisation.builder().id(OrganisationId.of("draft")).build();
  }
}
