package org.partnershipsdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.partnershipsdk.core.model.CountryCode;
import org.partnershipsdk.core.validation.ModelValidator;
import org.partnershipsdk.core.validation.ValidationReport;
import org.partnershipsdk.core.validation.Violation;

/**
 * The compiled validation engine (the default) reports exactly what Hibernate Validator alone
 * reports: over valid values of every generator, every defect of the catalogue and drafts with
 * any defect, the same violations (codes, paths, segments, values, arguments), the same messages
 * in English, French and Spanish, in the same order, with the same limit and omitted count: 100
 * seeds of every generator, 50 of every defect, 500 drafts with any defect, 10 large portfolios. The
 * compiled side is created with {@code partnership.validation.engine=compiled}, which fails rather
 * than falling back, so that no comparison is Hibernate Validator against itself.
 */
class CompiledValidationDifferentialTest {
  private static final String ENGINE = "partnership.validation.engine";
  private static final List<Locale> LOCALES = List.of(Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("es"));
  private static final ModelValidator HIBERNATE = withEngine("hibernate", ModelValidator::create);
  private static final ModelValidator COMPILED = withEngine("compiled", ModelValidator::create);

  @TestFactory
  Stream<DynamicContainer> validValuesOfEveryGenerator() {
    return Seeded.each(Seeded.allGenerators(), 100, value -> assertThat(sameReports(value).isValid())
        .as("a generated value is valid").isTrue());
  }

  @TestFactory
  Stream<DynamicContainer> everyDefectOfTheCatalogue() {
    return Arrays.stream(Defect.values()).map(defect ->
        Seeded.property(defect.name(), 50, Generators.withDefect(defect), (Broken<?> broken) ->
            assertThat(sameReports(broken.value()).withCode(defect.code())).isNotEmpty()));
  }

  @TestFactory
  Stream<DynamicContainer> draftsWithAnyDefect() {
    return Stream.of(
        Seeded.property("drafts with any defect", 500, Generators.withAnyDefect(),
            (Broken<?> broken) -> sameReports(broken.value())),
        Seeded.property("large portfolios", 10, 40, Generators.portfolios(), this::sameReports));
  }

  @Test
  void theRealCasesAndTheirPortfolio() {
    sameReports(RealCases.portfolio());
    RealCases.organisations().forEach(this::sameReports);
    sameReports(RealCases.moulenda());
    sameReports(RealCases.kpomasseAndOuidah());
  }

  @Test
  void valuesOutsideTheModel() {
    assertThat(sameReports("a string").isValid()).isTrue();
    assertThat(sameReports(List.of(CountryCode.of("ZZ"))).isValid()).isTrue();
    assertThat(sameReports(CountryCode.of("ZZ")).violations()).extracting(Violation::code)
        .containsExactly("country.unassigned");
  }

  @Test
  void anEngineNamedWronglyIsRefused() {
    assertThatThrownBy(() -> withEngine("fast", ModelValidator::create)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("auto, hibernate or compiled");
  }

  private ValidationReport sameReports(Object value) {
    ValidationReport expected = HIBERNATE.withViolationLimit(Integer.MAX_VALUE).validate(value);
    ValidationReport actual = COMPILED.withViolationLimit(Integer.MAX_VALUE).validate(value);
    assertThat(actual.violations()).as("the violations, in order").isEqualTo(expected.violations());
    assertThat(actual).isEqualTo(expected);
    for (Locale locale : LOCALES) {
      assertThat(actual.describe(locale)).isEqualTo(expected.describe(locale));
    }
    for (int limit : new int[] {1, 2, 3}) {
      assertThat(COMPILED.withViolationLimit(limit).validate(value))
          .isEqualTo(HIBERNATE.withViolationLimit(limit).validate(value));
    }
    assertThat(ModelValidator.create().validate(value)).as("the default engine").isEqualTo(expected);
    assertThat(COMPILED.withViolationLimit(Integer.MAX_VALUE).validate(value)).as("a second run").isEqualTo(actual);
    return expected;
  }

  /** Creates a validator while the engine property says {@code engine}; it keeps its engine after. */
  static synchronized <T> T withEngine(String engine, Supplier<T> create) {
    String before = System.getProperty(ENGINE);
    System.setProperty(ENGINE, engine);
    try {
      return create.get();
    } finally {
      if (before == null) {
        System.clearProperty(ENGINE);
      } else {
        System.setProperty(ENGINE, before);
      }
    }
  }
}
