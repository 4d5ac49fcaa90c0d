package org.partnershipsdk.core.mission;

import jakarta.validation.constraints.NotBlank;
import org.immutables.value.Value;
import org.partnershipsdk.core.internal.PartnershipStyle;
import org.partnershipsdk.core.model.Extensible;
import org.partnershipsdk.core.model.Referable;
import org.partnershipsdk.core.validation.constraints.AchievementHandedOverDeliverable;

/**
 * Something a mission achieved (réalisation): a meeting held, a training given, or a deliverable
 * (livrable) such as a topographic plan or a sanitary control plan, which may have been handed over
 * to the holder. Validation reports an achievement handed over that is not a deliverable
 * ({@code mission.achievement.handed-over-not-deliverable}).
 *
 * <pre>{@code
 * Achievement plan = Achievement.builder()
 *     .description("Topographic plan of the Moulenda site")
 *     .deliverable(true)
 *     .handedOver(true)
 *     .build();
 * }</pre>
 */
@Value.Immutable
@PartnershipStyle
@AchievementHandedOverDeliverable
public abstract class Achievement implements WithAchievement, Extensible, Referable {
  Achievement() {}

  /** @return what was achieved; blank only in a draft */
  @Value.Default
  @NotBlank
  public String description() {
    return "";
  }

  /** @return whether the achievement is a deliverable: a document or tool the holder keeps */
  @Value.Default
  public boolean deliverable() {
    return false;
  }

  /** @return whether the deliverable was handed over to the holder (remis); meaningful for deliverables */
  @Value.Default
  public boolean handedOver() {
    return false;
  }

  /**
   * @param description what was achieved
   * @return an achievement that is not a deliverable
   */
  public static Achievement of(String description) {
    return builder().description(description).build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Achievement}. */
  public static final class Builder extends ImmutableAchievement.Builder {
    Builder() {}
  }
}
