package org.partnershipsdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.partnershipsdk.core.portfolio.Portfolio;
import org.partnershipsdk.core.validation.ModelValidator;
import org.partnershipsdk.core.validation.ValidationReport;

/** Every generator gives values that validate clean, and the same value for the same seed. */
class ValidValuesTest {
  private static final ModelValidator VALIDATOR = ModelValidator.create();

  @TestFactory
  Stream<DynamicContainer> generatedValuesValidateClean() {
    return Seeded.each(Seeded.allGenerators(), 100, ValidValuesTest::assertValid);
  }

  @TestFactory
  Stream<DynamicContainer> portfoliosOfEverySizeValidateClean() {
    return Stream.of(0, 1, 2, 10).map(size ->
        Seeded.property("portfolios of size " + size, 25, size, Generators.portfolios(), ValidValuesTest::assertValid));
  }

  @TestFactory
  Stream<DynamicContainer> theSameSeedGivesTheSameValue() {
    return Seeded.allGenerators().map(named -> Seeded.property(named.name(), 20, context -> context.seed(), seed ->
        assertThat(named.gen().generate(GenContext.of(seed))).isEqualTo(named.gen().generate(GenContext.of(seed)))));
  }

  @Test
  void somePortfoliosHoldEveryKindOfElementAtTheDefaultSize() {
    // Fixed seeds, not Seeds.list: this looks at many portfolios even when one seed is replayed.
    List<Portfolio> portfolios = LongStream.range(0, 50)
        .mapToObj(seed -> Generators.portfolios().generate(GenContext.of(seed))).toList();
    assertThat(portfolios).anySatisfy(p -> assertThat(p.organisations()).isNotEmpty())
        .anySatisfy(p -> assertThat(p.programmes()).isNotEmpty())
        .anySatisfy(p -> assertThat(p.partnerships()).isNotEmpty())
        .anySatisfy(p -> assertThat(p.initiatives()).isNotEmpty())
        .anySatisfy(p -> assertThat(p.missions()).isNotEmpty())
        .anySatisfy(p -> assertThat(p.assessments()).isNotEmpty())
        .anySatisfy(p -> assertThat(p.agreements()).isNotEmpty())
        .anySatisfy(p -> assertThat(p.transactions()).isNotEmpty())
        .anySatisfy(p -> assertThat(p.agreements()).anySatisfy(a -> assertThat(a.tranches()).anyMatch(t -> t.isPaid())))
        .anySatisfy(p -> assertThat(p.initiatives()).anySatisfy(i -> assertThat(i.budgetLines()).isNotEmpty()))
        .anySatisfy(p -> assertThat(p.initiatives()).anySatisfy(i ->
            assertThat(i.coFinancing()).anySatisfy(c -> assertThat(c.agreement()).isPresent())));
  }

  private static void assertValid(Object value) {
    ValidationReport report = VALIDATOR.validate(value);
    assertThat(report.isValid()).as("violations:%n%s", report.describe(Locale.ENGLISH)).isTrue();
  }
}
