package org.partnershipsdk.core.mission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.partnershipsdk.core.validation.ModelValidator;
import org.partnershipsdk.core.validation.Violation;

class AchievementTest {

  @Test
  void aPlainAchievementIsNeitherADeliverableNorHandedOver() {
    Achievement trained = Achievement.of("15 employees of the production unit trained in bottling");
    assertThat(trained.deliverable()).isFalse();
    assertThat(trained.handedOver()).isFalse();
  }

  @Test
  void aDeliverableCanBeHandedOver() {
    Achievement plan = Achievement.builder()
        .description("Sanitary control plan meeting the health agency's requirements")
        .deliverable(true)
        .build();
    assertThat(plan.deliverable()).isTrue();
    assertThat(plan.handedOver()).isFalse();
    Achievement handed = plan.withHandedOver(true);
    assertThat(handed.handedOver()).isTrue();
    assertThat(handed).isNotEqualTo(plan).isEqualTo(Achievement.builder().from(plan).handedOver(true).build());
  }

  @Test
  void aValidAchievementValidatesClean() {
    assertThat(ModelValidator.create().validate(Achievement.of("Topographic plan")).violations()).isEmpty();
  }

  @Test
  void aBlankDescriptionIsReported() {
    assertThat(ModelValidator.create().validate(Achievement.builder().deliverable(true).build()).violations())
        .extracting(Violation::code, Violation::path)
        .containsExactly(tuple("value.blank", "description"));
  }
}
