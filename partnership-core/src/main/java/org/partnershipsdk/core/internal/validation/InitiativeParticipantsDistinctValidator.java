package org.partnershipsdk.core.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.partnershipsdk.core.initiative.Initiative;
import org.partnershipsdk.core.initiative.Participant;
import org.partnershipsdk.core.model.OrganisationId;
import org.partnershipsdk.core.validation.constraints.InitiativeParticipantsDistinct;

/** Checks {@link InitiativeParticipantsDistinct}. Not for public use. */
public final class InitiativeParticipantsDistinctValidator
    implements ConstraintValidator<InitiativeParticipantsDistinct, Initiative> {
  @Override
  public boolean isValid(Initiative initiative, ConstraintValidatorContext context) {
    if (initiative == null) {
      return true;
    }
    List<Participant> participants = initiative.participants();
    Map<OrganisationId, Integer> firstIndex = new HashMap<>();
    boolean valid = true;
    for (int i = 0; i < participants.size(); i++) {
      OrganisationId organisation = participants.get(i).organisation();
      Integer first = firstIndex.putIfAbsent(organisation, i);
      if (first != null) {
        ConstraintReports.reportInList(context, "initiative.participant.duplicate", "participants", i,
            "organisation", Map.of("organisation", organisation.value(), "first", first));
        valid = false;
      }
    }
    return valid;
  }
}
