package org.partnershipsdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.partnershipsdk.core.portfolio.Portfolio;

/** {@code toString()} never prints a generated personal value, at any level of the model. */
class PersonalDataTest {

  @TestFactory
  Stream<DynamicContainer> toStringNeverPrintsAPersonalValue() {
    return Seeded.each(Seeded.allGenerators(), 100, value -> assertNoPersonalValueIn(value.toString()));
  }

  @TestFactory
  Stream<DynamicContainer> noElementOfAPortfolioPrintsAPersonalValue() {
    return Stream.of(Seeded.property("every element of a portfolio", 100, 6, Generators.portfolios(),
        (Portfolio p) -> Stream.of(p.organisations(), p.programmes(), p.partnerships(), p.initiatives(), p.missions(),
            p.assessments()).flatMap(List::stream).forEach(element -> assertNoPersonalValueIn(element.toString()))));
  }

  /** Without this, the property above would hold for generators that write no personal value at all. */
  @Test
  void generatedValuesDoHoldPersonalValues() {
    List<Portfolio> portfolios = LongStream.range(0, 20)
        .mapToObj(seed -> Generators.portfolios().generate(GenContext.of(seed, 6))).toList();
    assertThat(portfolios).flatExtracting(Portfolio::organisations)
        .flatExtracting(o -> o.contactPersons()).isNotEmpty()
        .allSatisfy(c -> {
          assertThat(c.name()).isIn(Generators.PERSONAL_VALUES);
          c.email().ifPresent(e -> assertThat(e).isIn(Generators.PERSONAL_VALUES));
          c.phone().ifPresent(t -> assertThat(t).isIn(Generators.PERSONAL_VALUES));
          c.role().ifPresent(r -> assertThat(r).isIn(Generators.PERSONAL_VALUES));
        });
    assertThat(portfolios).flatExtracting(Portfolio::missions).flatExtracting(m -> m.volunteers()).isNotEmpty()
        .allSatisfy(v -> assertThat(v.skills()).isSubsetOf(Generators.PERSONAL_VALUES));
    assertThat(portfolios).flatExtracting(Portfolio::partnerships)
        .flatExtracting(s -> s.programmeOfficer().stream().toList()).isNotEmpty()
        .allSatisfy(o -> assertThat(o.name()).isIn(Generators.PERSONAL_NAMES));
    assertThat(portfolios).flatExtracting(Portfolio::initiatives).flatExtracting(i -> i.evaluations())
        .anySatisfy(e -> assertThat(e.consultant()).hasValueSatisfying(n -> assertThat(n).isIn(Generators.PERSONAL_NAMES)));
    assertThat(portfolios).flatExtracting(Portfolio::agreements).flatExtracting(a -> a.signatories()).isNotEmpty()
        .allSatisfy(s -> {
          assertThat(s.name()).isIn(Generators.PERSONAL_NAMES);
          s.function().ifPresent(f -> assertThat(f).isIn(Generators.PERSONAL_VALUES));
        });
  }

  @Test
  void noOtherGeneratedTextHoldsAPersonalValue() {
    for (List<String> texts : Vocabulary.allTexts()) {
      for (String text : texts) {
        assertNoPersonalValueIn(text);
      }
    }
    Places.COUNTRIES.stream().flatMap(c -> Places.in(c).stream()).forEach(t -> assertNoPersonalValueIn(t.name()));
  }

  @Test
  void thePersonalNamesAreDistinctFromEachOther() {
    assertThat(Generators.PERSONAL_NAMES).doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(12);
    assertThat(Generators.PERSONAL_VALUES).containsAll(Generators.PERSONAL_NAMES).doesNotHaveDuplicates();
  }

  static void assertNoPersonalValueIn(String text) {
    List<String> found = Generators.PERSONAL_VALUES.stream().filter(text::contains).toList();
    assertThat(found).as("personal values printed in %s", text).isEmpty();
  }
}
