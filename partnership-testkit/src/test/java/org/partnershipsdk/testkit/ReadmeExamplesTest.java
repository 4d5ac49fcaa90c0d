package org.partnershipsdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.partnershipsdk.core.initiative.Initiative;
import org.partnershipsdk.core.portfolio.Portfolio;
import org.partnershipsdk.core.validation.ModelValidator;
import org.partnershipsdk.core.validation.Violation;

/** The examples of the module's README, with the SDK's own checks in place of the reader's code. */
class ReadmeExamplesTest {
  private final ModelValidator validator = ModelValidator.create();

  @TestFactory
  Stream<DynamicTest> generatedInitiativesPassOurCheck() {
    return Seeds.list(20).stream().map(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
      Initiative initiative = Generators.initiatives().generate(GenContext.of(seed));
      assertThat(validator.validate(initiative).isValid()).isTrue();
      assertThat(Initiative.builder().from(initiative).build()).isEqualTo(initiative);
    }));
  }

  @TestFactory
  Stream<DynamicTest> eachMistakeIsShownWhereItIs() {
    return Arrays.stream(Defect.values()).flatMap(defect -> Seeds.list(2).stream().map(seed ->
        DynamicTest.dynamicTest(defect + ", seed " + seed, () -> {
          Broken<?> draft = Generators.withDefect(defect).generate(GenContext.of(seed));
          assertThat(validator.validate(draft.value()).violations())
              .extracting(Violation::code, Violation::path)
              .containsExactly(tuple(draft.code(), draft.path()));
        })));
  }

  @Test
  void fromAnyFramework() {
    PropertyCheck.forAll(Generators.portfolios(), Seeds.list(20), portfolio ->
        Generators.PERSONAL_VALUES.forEach(personal ->
            assertThat(portfolio.initiatives().toString() + portfolio.missions()).doesNotContain(personal)));
  }

  @Test
  void aFailureNamesTheSeedThatRegeneratesTheValue() {
    List<Long> seeds = List.of(Seeds.list(1).get(0));
    assertThatThrownBy(() -> PropertyCheck.forAll(Generators.portfolios(), seeds, portfolio -> {
      throw new AssertionError("our export lost an element");
    })).isInstanceOfSatisfying(PropertyFailure.class, failure -> {
      assertThat(failure.getMessage()).contains("-Dpartnership.seed=" + failure.seed());
      Portfolio again = Generators.portfolios().generate(GenContext.of(failure.seed()));
      assertThat(failure.getMessage()).contains(again.toString());
    });
  }

  @Test
  void theSizeBoundsThePortfolio() {
    long seed = Seeds.list(1).get(0);
    assertThat(Generators.portfolios().generate(GenContext.of(seed, 0))).isEqualTo(Portfolio.empty());
  }
}
