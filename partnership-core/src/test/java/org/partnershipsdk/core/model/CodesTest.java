package org.partnershipsdk.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.partnershipsdk.core.validation.ModelValidator;

class CodesTest {
  private final ModelValidator validator = ModelValidator.create();

  @Test
  void countryCodesAreUpperCasedAndCheckedByValidation() {
    assertThat(CountryCode.of(" sv ")).isEqualTo(CountryCode.of("SV"));
    assertThat(CountryCode.of("BJ").isAssigned()).isTrue();
    assertThat(CountryCode.of("BJ").displayName(Locale.FRENCH)).isEqualTo("Bénin");
    assertThat(CountryCode.of("FR").isFrance()).isTrue();
    var report = validator.validate(CountryCode.of("ZZ"));
    assertThat(report.violations()).singleElement().satisfies(v -> {
      assertThat(v.code()).isEqualTo("country.unassigned");
      assertThat(v.invalidValue()).contains("ZZ");
      assertThat(v.message(Locale.FRENCH)).contains("ISO 3166-1");
    });
  }

  @Test
  void currencyCodesAreCheckedByValidation() {
    assertThat(CurrencyCode.of("xof").isDefined()).isTrue();
    assertThat(validator.validate(CurrencyCode.of("ABC")).violations())
        .extracting(v -> v.code()).containsExactly("currency.undefined");
  }

  @Test
  void identifiersAreTypedAndRejectBlankText() {
    assertThat(InitiativeId.of("caac-comasagua")).isNotEqualTo(PartnershipId.of("caac-comasagua"));
    assertThat(InitiativeId.of("x")).isEqualTo(new InitiativeId("x")).hasToString("x");
    assertThatThrownBy(() -> InitiativeId.of(" "))
        .isInstanceOfSatisfying(InvalidIdentifierException.class, e -> assertThat(e.code()).isEqualTo("identifier.invalid"));
    assertThatThrownBy(() -> MissionId.of("a\nb")).isInstanceOf(InvalidIdentifierException.class);
    assertThatThrownBy(() -> OrganisationId.of("x".repeat(201))).isInstanceOf(InvalidIdentifierException.class);
    assertThatThrownBy(() -> ProgrammeId.of(null))
        .isInstanceOfSatisfying(IncompleteValueException.class, e -> assertThat(e.attributes()).containsExactly("ProgrammeId"));
  }

  @Test
  void codeListsResolveTheirStableCodes() {
    assertThat(Coded.fromCode(FieldOfAction.class, "food-sovereignty")).isEqualTo(FieldOfAction.FOOD_SOVEREIGNTY);
    assertThat(Sdg.of(17).code()).isEqualTo("sdg-17");
    assertThat(Coded.fromCode(Sdg.class, "sdg-2")).isEqualTo(Sdg.ZERO_HUNGER);
    assertThat(Sdg.ZERO_HUNGER.label(Locale.FRENCH)).isEqualTo("Faim « zéro »");
    assertThat(Sdg.ZERO_HUNGER.label(Locale.GERMAN)).isEqualTo("Zero hunger");
    assertThatThrownBy(() -> Sdg.of(18))
        .isInstanceOfSatisfying(UnknownCodeException.class, e -> assertThat(e.unknownCode()).isEqualTo("sdg-18"));
    assertThatThrownBy(() -> Coded.fromCode(TerritoryLevel.class, "planet"))
        .isInstanceOfSatisfying(UnknownCodeException.class, e -> {
          assertThat(e.list()).isEqualTo("TerritoryLevel");
          assertThat(e.getMessage(Locale.FRENCH)).contains("Code inconnu 'planet'");
        });
  }

  @Test
  void codesAreUniqueLowerCaseAndHyphenatedInEveryList() {
    for (Class<? extends Coded> list : java.util.List.of(FieldOfAction.class, Sdg.class, TerritoryLevel.class)) {
      var codes = java.util.Arrays.stream(list.getEnumConstants()).map(Coded::code).toList();
      assertThat(codes).doesNotHaveDuplicates().allMatch(c -> c.matches("[a-z0-9]+(-[a-z0-9]+)*"), "stable code form");
    }
  }
}
