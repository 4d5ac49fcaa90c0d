package org.partnershipsdk.core.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import java.util.Map;
import org.partnershipsdk.core.initiative.Initiative;
import org.partnershipsdk.core.initiative.Participant;
import org.partnershipsdk.core.initiative.ParticipantRole;
import org.partnershipsdk.core.validation.constraints.InitiativeSingleHolder;

/** Checks {@link InitiativeSingleHolder}. Not for public use. */
public final class InitiativeSingleHolderValidator implements ConstraintValidator<InitiativeSingleHolder, Initiative> {
  @Override
  public boolean isValid(Initiative initiative, ConstraintValidatorContext context) {
    if (initiative == null) {
      return true;
    }
    List<Participant> participants = initiative.participants();
    Participant holder = null;
    boolean valid = true;
    for (int i = 0; i < participants.size(); i++) {
      Participant participant = participants.get(i);
      if (!participant.hasRole(ParticipantRole.HOLDER)) {
        continue;
      }
      if (holder == null) {
        holder = participant;
      } else {
        ConstraintReports.reportInList(context, "initiative.holder.multiple", "participants", i, "roles",
            Map.of("organisation", participant.organisation().value(), "holder", holder.organisation().value()));
        valid = false;
      }
    }
    return valid;
  }
}
