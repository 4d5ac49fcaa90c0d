package org.partnershipsdk.core.mission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.valueextraction.Unwrapping;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.partnershipsdk.core.validation.ModelValidator;
import org.partnershipsdk.core.validation.Violation;

/**
 * Pins down how Hibernate Validator treats {@code @NotNull} on an {@code Optional} accessor, which the
 * mission's required choices rely on: only the unwrapping form reports an empty value.
 */
class RequiredOptionalTest {

  @Test
  void aPlainNotNullNeverFiresOnAnEmptyOptional() {
    assertThat(ModelValidator.create().validate(new PlainNotNull()).violations()).isEmpty();
  }

  @Test
  void anUnwrappingNotNullReportsAnEmptyOptionalAsRequired() {
    assertThat(ModelValidator.create().validate(new UnwrappingNotNull()).violations())
        .extracting(Violation::code, Violation::path)
        .containsExactly(tuple("value.required", "choice"));
  }

  static final class PlainNotNull {
    @NotNull
    public Optional<MissionType> choice() {
      return Optional.empty();
    }
  }

  static final class UnwrappingNotNull {
    @NotNull(payload = Unwrapping.Unwrap.class)
    public Optional<MissionType> choice() {
      return Optional.empty();
    }
  }
}
