package org.partnershipsdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Configuration;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.TestFactory;
import org.partnershipsdk.core.validation.BeanValidation;
import org.partnershipsdk.core.validation.ModelValidator;
import org.partnershipsdk.core.validation.ValidationReport;

/**
 * A framework-style validator, built from Jakarta Validation's default bootstrap and configured by
 * {@link BeanValidation}, reports exactly what {@link ModelValidator} reports: over every defect of
 * the catalogue and over generated valid values, the same violations (code, path, value,
 * arguments), each with the SDK's message.
 */
class BeanValidationDifferentialTest {
  private static final ModelValidator MODEL_VALIDATOR = ModelValidator.create();
  private static final Validator FRAMEWORKS = frameworkValidator();

  @TestFactory
  Stream<DynamicContainer> everyDefectIsReportedAsModelValidatorReportsIt() {
    return Arrays.stream(Defect.values()).map(defect ->
        Seeded.property(defect.name(), 20, Generators.withDefect(defect), (Broken<?> broken) -> {
          ValidationReport report = sameReport(broken.value());
          assertThat(report.violations()).singleElement()
              .satisfies(v -> assertThat(v.code()).isEqualTo(defect.code()))
              .satisfies(v -> assertThat(v.path()).isEqualTo(defect.path()));
        }));
  }

  @TestFactory
  Stream<DynamicContainer> validValuesAreValidForBoth() {
    return Stream.of(
        Seeded.property("portfolios", 40, Generators.portfolios(), v -> assertThat(sameReport(v).isValid()).isTrue()),
        Seeded.property("drafts with any defect", 100, Generators.withAnyDefect(),
            (Broken<?> broken) -> sameReport(broken.value())));
  }

  private static ValidationReport sameReport(Object value) {
    Set<ConstraintViolation<Object>> found = FRAMEWORKS.validate(value);
    ValidationReport expected = MODEL_VALIDATOR.validate(value);
    assertThat(BeanValidation.report(found)).isEqualTo(expected);
    assertThat(found.stream().sorted(Comparator.comparing(v -> BeanValidation.violation(v).path()))
        .map(ConstraintViolation::getMessage))
        .as("the engine's messages are the SDK's")
        .containsExactlyElementsOf(expected.violations().stream().map(v -> v.message(Locale.getDefault())).toList());
    return expected;
  }

  private static Validator frameworkValidator() {
    Configuration<?> configuration = Validation.byDefaultProvider().configure();
    BeanValidation.configure(configuration);
    return configuration.buildValidatorFactory().getValidator();
  }
}
