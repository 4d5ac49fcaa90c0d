package org.partnershipsdk.json.jackson2.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.Version;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.partnershipsdk.json.jackson2.IncompatibleJacksonException;

/** The check of the versions a Jackson 2 application runs the module with. */
class JacksonVersionsTest {
  private static final Version DATABIND_2_19 = version(2, 19, 2);
  private static final Version DATABIND_2_23 = version(2, 23, 0);

  private static Version version(int major, int minor, int patch) {
    return new Version(major, minor, patch, null, "com.fasterxml.jackson.core", "jackson-databind");
  }

  private static JacksonVersions with(String annotations, boolean forJackson3, Version databind, String sdkJson) {
    return new JacksonVersions(Optional.ofNullable(annotations), forJackson3, databind, "3.1.4",
        Optional.ofNullable(sdkJson), Optional.of("0.1.0"));
  }

  @Test
  void theVersionsOfThisBuildFit() {
    JacksonVersions current = JacksonVersions.current();

    assertThat(current.annotationsForJackson3()).isTrue();
    assertThat(current.jackson2().getMinorVersion()).isGreaterThanOrEqualTo(15);
    assertThatCode(current::check).doesNotThrowAnyException();
  }

  /** Spring Boot 3.5's BOM: Jackson 2.19 with its annotations 2.19, which lack what Jackson 3 loads. */
  @Test
  void jacksonAnnotationsOlderThan220AreRefusedNamingTheVersionsNeeded() {
    IncompatibleJacksonException failure = catchThrowableOfType(IncompatibleJacksonException.class,
        () -> with("2.19.2", false, DATABIND_2_19, "0.1.0").check());

    assertThat(failure.code()).isEqualTo(IncompatibleJacksonException.ANNOTATIONS);
    assertThat(failure.getMessage()).contains("jackson-annotations 2.19.2", "Jackson 3 (3.1.4)", "2.20 or later",
        "to 2.20 or later", "com.fasterxml.jackson.core:jackson-annotations", "Spring Boot 3.5");
    assertThat(failure.getMessage(Locale.FRENCH)).contains("jackson-annotations 2.19.2", "2.20 ou plus récent");
    assertThat(failure.getMessage(Locale.forLanguageTag("es"))).contains("2.20 o posterior");
  }

  @Test
  void annotationsWithoutWhatJackson3NeedsAreRefusedEvenWhenTheirVersionIsUnknown() {
    IncompatibleJacksonException failure = catchThrowableOfType(IncompatibleJacksonException.class,
        () -> with(null, false, DATABIND_2_19, "0.1.0").check());

    assertThat(failure.code()).isEqualTo(IncompatibleJacksonException.ANNOTATIONS);
    assertThat(failure.getMessage()).contains("jackson-annotations < 2.20");
  }

  @Test
  void annotationsOlderThanJackson2sOwnMinorAreRefused() {
    IncompatibleJacksonException failure = catchThrowableOfType(IncompatibleJacksonException.class,
        () -> with("2.21", true, DATABIND_2_23, "0.1.0").check());

    assertThat(failure.code()).isEqualTo(IncompatibleJacksonException.ANNOTATIONS);
    assertThat(failure.getMessage()).contains("jackson-annotations 2.21", "databind 2.23.0", "to 2.23 or later");
  }

  @Test
  void annotationsNewerThanJackson2AreFine() {
    assertThatCode(() -> with("2.21", true, DATABIND_2_19, "0.1.0").check()).doesNotThrowAnyException();
    assertThatCode(() -> with("2.23", true, DATABIND_2_23, "0.1.0").check()).doesNotThrowAnyException();
  }

  @Test
  void aJackson2OlderThan215IsRefused() {
    IncompatibleJacksonException failure = catchThrowableOfType(IncompatibleJacksonException.class,
        () -> with("2.21", true, version(2, 14, 3), "0.1.0").check());

    assertThat(failure.code()).isEqualTo(IncompatibleJacksonException.DATABIND);
    assertThat(failure.getMessage()).contains("2.14.3", "2.15.0 or later");
  }

  @Test
  void partnershipJsonOfAnotherVersionIsRefused() {
    IncompatibleJacksonException failure = catchThrowableOfType(IncompatibleJacksonException.class,
        () -> with("2.23", true, DATABIND_2_23, "0.2.0").check());

    assertThat(failure.code()).isEqualTo(IncompatibleJacksonException.SDK);
    assertThat(failure.getMessage()).contains("partnership-json 0.2.0", "partnership-bom");
    assertThatCode(() -> with("2.23", true, DATABIND_2_23, null).check()).doesNotThrowAnyException();
  }

  @Test
  void theMinorVersionIsReadFromEveryFormJacksonUses() {
    assertThat(JacksonVersions.minorOf("2.21")).contains(21);
    assertThat(JacksonVersions.minorOf("2.19.2")).contains(19);
    assertThat(JacksonVersions.minorOf("2.20.0-rc1")).contains(20);
    assertThat(JacksonVersions.minorOf("3.0")).isEmpty();
    assertThat(JacksonVersions.minorOf("unknown")).isEmpty();
  }
}
