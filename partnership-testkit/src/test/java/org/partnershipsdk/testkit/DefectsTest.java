package org.partnershipsdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.partnershipsdk.core.model.IncompleteValueException;
import org.partnershipsdk.core.validation.ModelValidator;
import org.partnershipsdk.core.validation.ValidationReport;
import org.partnershipsdk.core.validation.Violation;

/** Each defect yields exactly its violation code at its path, and nothing else. */
class DefectsTest {
  private static final ModelValidator VALIDATOR = ModelValidator.create();

  @TestFactory
  Stream<DynamicContainer> eachDefectYieldsExactlyItsViolation() {
    return Arrays.stream(Defect.values()).map(defect ->
        Seeded.property(defect.name(), 30, Generators.withDefect(defect), (Broken<?> broken) -> {
          assertThat(broken.value()).isInstanceOf(defect.type());
          assertThat(broken.code()).isEqualTo(defect.code());
          assertThat(broken.path()).isEqualTo(defect.path());
          ValidationReport report = VALIDATOR.validate(broken.value());
          assertThat(report.violations()).as(report.describe(Locale.ENGLISH)).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo(defect.code());
            assertThat(v.path()).isEqualTo(defect.path());
          });
        }));
  }

  @TestFactory
  Stream<DynamicContainer> violationsNeverShowAPersonalValue() {
    return Stream.of(Seeded.property("any defect", 200, Generators.withAnyDefect(), (Broken<?> broken) -> {
      for (Violation violation : VALIDATOR.validate(broken.value()).violations()) {
        PersonalDataTest.assertNoPersonalValueIn(violation.invalidValue().orElse("") + " "
            + violation.message(Locale.ENGLISH) + " " + violation.message(Locale.FRENCH) + " " + violation.arguments());
      }
    }));
  }

  @Test
  void defectsCoverEveryAreaOfTheModel() {
    Set<String> codeFamilies = Arrays.stream(Defect.values()).map(d -> d.code().substring(0, d.code().indexOf('.')))
        .collect(Collectors.toSet());
    assertThat(codeFamilies).contains("country", "currency", "period", "value", "organisation", "programme",
        "partnership", "initiative", "cycle", "results", "mission", "reciprocity", "portfolio", "budget", "document",
        "agreement", "tranche", "report", "transaction");
    Set<String> packages = Arrays.stream(Defect.values()).map(d -> d.type().getPackageName())
        .collect(Collectors.toSet());
    assertThat(packages).hasSize(9);
    assertThat(Defect.values()).hasSizeGreaterThanOrEqualTo(12);
  }

  /**
   * The codes validation can report that no draft can carry alone, each with the reason. Every
   * other code of the model's constraints has a defect: a new constraint needs one, or an entry
   * here that says why it cannot have one.
   */
  private static final Map<String, String> WITHOUT_DEFECT = Map.of(
      // @CycleHistoryInOrder's default message: its validator reports each wrong entry under the
      // code of the move it refuses (cycle.stage.same, cycle.date.before-last...), never this one.
      "cycle.history.invalid", "the default message of @CycleHistoryInOrder, replaced by its validator",
      // Said after the first thousand violations of one check of one object: it never comes alone.
      "validation.capped", "the cap on one check's reports, after a thousand of them",
      // ViolationMapper's codes for standard constraints no property of the model carries.
      "value.size", "no property of the model carries @Size",
      "value.min", "no property of the model carries @Min or @DecimalMin",
      "value.max", "no property of the model carries @Max or @DecimalMax",
      "value.digits", "no property of the model carries @Digits",
      "value.invalid", "the code of a standard constraint the SDK has no code for: the model carries none");

  /**
   * Every constraint code of the model has a defect, so that the generators can break a draft in
   * every way validation knows. The codes are read from partnership-core's sources: the keys of its
   * texts that its constraints and their validators name.
   */
  @Test
  void everyConstraintCodeOfTheModelHasADefect() throws IOException {
    Set<String> codes = ConstraintCodes.ofTheModel();
    Set<String> covered = Arrays.stream(Defect.values()).map(Defect::code).collect(Collectors.toCollection(TreeSet::new));

    assertThat(codes).as("the codes read from partnership-core's sources").contains("value.required",
        "ref.invalid", "cycle.model.move.same", "results.breakdown.duplicate", "cycle.stage.same");
    assertThat(codes).as("codes of defects that no constraint names: is the reading of the sources out of date?")
        .containsAll(covered);
    assertThat(codes).as("codes said to be without a defect that no constraint names any more")
        .containsAll(WITHOUT_DEFECT.keySet());
    assertThat(covered).as("codes said to be without a defect that have one").doesNotContainAnyElementsOf(
        WITHOUT_DEFECT.keySet());
    Set<String> missing = new TreeSet<>(codes);
    missing.removeAll(covered);
    missing.removeAll(WITHOUT_DEFECT.keySet());
    assertThat(missing).as("constraint codes of the model without a Defect: add one, or say in WITHOUT_DEFECT why"
        + " no draft can carry it alone").isEmpty();
  }

  @Test
  void anyDefectDrawsManyOfThem() {
    Set<String> codes = LongStream.range(0, 300)
        .mapToObj(seed -> Generators.withAnyDefect().generate(GenContext.of(seed)).code()).collect(Collectors.toSet());
    assertThat(codes).hasSizeGreaterThan(20);
  }

  @Test
  void aDefectIsRequired() {
    assertThatThrownBy(() -> Generators.withDefect(null)).isInstanceOf(IncompleteValueException.class);
  }
}
