package org.partnershipsdk.core.mission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.partnershipsdk.core.validation.ModelValidator;
import org.partnershipsdk.core.validation.Violation;

class MissionReturnTest {
  private final MissionReturn back = MissionReturn.builder()
      .returnInterview(LocalDate.of(2022, 4, 4))
      .reportDelivered(LocalDate.of(2022, 4, 29))
      .impactOnProject("The plant's sizing is known; the project needs more funding than planned")
      .impactOnPractices("The holder now meets the local authorities with its partner")
      .addDifficulty("Little institutional support on site")
      .addLocalResourcesFound("A local workshop able to build a prototype turbine")
      .addAdaptation(MissionAdaptation.COMPLEMENTARY_FUNDING)
      .addAdaptation(MissionAdaptation.PARTNERSHIP_AGREEMENT)
      .build();

  @Test
  void recordsTheReturnAndTheAdaptations() {
    assertThat(back.returnInterview()).contains(LocalDate.of(2022, 4, 4));
    assertThat(back.reportDelivered()).contains(LocalDate.of(2022, 4, 29));
    assertThat(back.difficulties()).hasSize(1);
    assertThat(back.localResourcesFound()).hasSize(1);
    assertThat(back.adaptations())
        .containsExactlyInAnyOrder(MissionAdaptation.COMPLEMENTARY_FUNDING, MissionAdaptation.PARTNERSHIP_AGREEMENT);
  }

  @Test
  void adaptationsAreASetAndCopiesCompareByValue() {
    MissionReturn twice = MissionReturn.builder().from(back)
        .addAdaptation(MissionAdaptation.COMPLEMENTARY_FUNDING).build();
    assertThat(twice).isEqualTo(back).hasSameHashCodeAs(back);
    MissionReturn reoriented = back.withAdaptations(MissionAdaptation.REORIENTED);
    assertThat(reoriented.adaptations()).containsExactly(MissionAdaptation.REORIENTED);
    assertThat(reoriented).isNotEqualTo(back);
  }

  @Test
  void aValidReturnValidatesClean() {
    assertThat(ModelValidator.create().validate(back).violations()).isEmpty();
  }

  @Test
  void blankDifficultiesAndResourcesAreReportedAtTheirIndex() {
    var report = ModelValidator.create().validate(back.withDifficulties("").withLocalResourcesFound("Tools", " "));
    assertThat(report.violations())
        .extracting(Violation::code, Violation::path)
        .containsExactly(tuple("value.blank", "difficulties[0]"), tuple("value.blank", "localResourcesFound[1]"));
  }
}
