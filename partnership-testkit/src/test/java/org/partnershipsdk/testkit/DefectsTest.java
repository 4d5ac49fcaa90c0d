package org.partnershipsdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
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
