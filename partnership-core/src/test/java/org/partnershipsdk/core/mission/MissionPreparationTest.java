package org.partnershipsdk.core.mission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.partnershipsdk.core.validation.ModelValidator;
import org.partnershipsdk.core.validation.Violation;

class MissionPreparationTest {
  private final MissionPreparation prepared = MissionPreparation.builder()
      .remoteSupportSince(LocalDate.of(2021, 11, 15))
      .preMissionInterview(LocalDate.of(2022, 2, 21))
      .addInstitutionalContactsPrepared("Prefecture of the Pool département")
      .addInstitutionalContactsPrepared("Ministry in charge of energy")
      .build();

  @Test
  void recordsRemoteSupportInterviewAndContacts() {
    assertThat(prepared.remoteSupportSince()).contains(LocalDate.of(2021, 11, 15));
    assertThat(prepared.preMissionInterview()).contains(LocalDate.of(2022, 2, 21));
    assertThat(prepared.hasInstitutionalContacts()).isTrue();
    assertThat(prepared.withInstitutionalContactsPrepared().hasInstitutionalContacts()).isFalse();
    assertThat(MissionPreparation.builder().from(prepared).build()).isEqualTo(prepared);
  }

  @Test
  void nothingIsRecordedByDefault() {
    MissionPreparation none = MissionPreparation.none();
    assertThat(none.remoteSupportSince()).isEmpty();
    assertThat(none.preMissionInterview()).isEmpty();
    assertThat(none.hasInstitutionalContacts()).isFalse();
    assertThat(none).isEqualTo(MissionPreparation.builder().build());
  }

  @Test
  void aValidPreparationValidatesClean() {
    assertThat(ModelValidator.create().validate(prepared).violations()).isEmpty();
  }

  @Test
  void aBlankContactIsReportedAtItsIndex() {
    var report = ModelValidator.create().validate(prepared.withInstitutionalContactsPrepared("Prefecture", " "));
    assertThat(report.violations())
        .extracting(Violation::code, Violation::path)
        .containsExactly(tuple("value.blank", "institutionalContactsPrepared[1]"));
  }
}
