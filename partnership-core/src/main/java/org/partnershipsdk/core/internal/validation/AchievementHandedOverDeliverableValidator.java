package org.partnershipsdk.core.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Map;
import org.partnershipsdk.core.mission.Achievement;
import org.partnershipsdk.core.validation.constraints.AchievementHandedOverDeliverable;

/** Checks {@link AchievementHandedOverDeliverable}. Not for public use. */
public final class AchievementHandedOverDeliverableValidator
    implements ConstraintValidator<AchievementHandedOverDeliverable, Achievement> {
  @Override
  public boolean isValid(Achievement achievement, ConstraintValidatorContext context) {
    if (achievement == null || !achievement.handedOver() || achievement.deliverable()) {
      return true;
    }
    ConstraintReports.report(context, "mission.achievement.handed-over-not-deliverable", "handedOver", Map.of());
    return false;
  }
}
