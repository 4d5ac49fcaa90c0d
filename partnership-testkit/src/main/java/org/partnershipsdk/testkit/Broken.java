package org.partnershipsdk.testkit;

/**
 * A draft with exactly one chosen defect, and what validation must report about it: one violation
 * with this {@linkplain #code() code} at this {@linkplain #path() path}, and nothing else.
 *
 * <pre>{@code
 * Broken<?> broken = Generators.withDefect(Defect.MISSION_DURATION_MISMATCH).generate(GenContext.of(seed));
 * ValidationReport report = ModelValidator.create().validate(broken.value());
 * assertThat(report.violations()).singleElement()
 *     .satisfies(v -> assertThat(v.code()).isEqualTo(broken.code()))
 *     .satisfies(v -> assertThat(v.path()).isEqualTo(broken.path()));
 * }</pre>
 *
 * @param value the draft, of the type {@link Defect#type()} names
 * @param code the violation code validation must report, such as {@code mission.duration.mismatch}
 * @param path where validation must report it, relative to the value, such as {@code durationDays}
 * @param <T> the draft's type
 */
public record Broken<T>(T value, String code, String path) {

  /**
   * @param defect the defect the value carries
   * @param value the value
   * @param <T> its type
   * @return the value with the defect's expected code and path
   */
  static <T> Broken<T> of(Defect defect, T value) {
    return new Broken<>(value, defect.code(), defect.path());
  }
}
