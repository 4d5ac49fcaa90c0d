package org.partnershipsdk.examples;

import java.time.LocalDate;
import java.util.Locale;
import org.partnershipsdk.core.initiative.CoFinancing;
import org.partnershipsdk.core.initiative.Initiative;
import org.partnershipsdk.core.initiative.Participant;
import org.partnershipsdk.core.initiative.ParticipantRole;
import org.partnershipsdk.core.model.InitiativeId;
import org.partnershipsdk.core.model.Money;
import org.partnershipsdk.core.model.OrganisationId;
import org.partnershipsdk.core.model.Period;
import org.partnershipsdk.core.validation.ModelValidator;
import org.partnershipsdk.core.validation.ValidationReport;
import org.partnershipsdk.core.validation.Violation;

/**
 * Validates a draft initiative as a web form might leave it, and prints every violation in French,
 * each with its path and stable code: validation reports all the problems at once instead of
 * stopping at the first. The draft is the Guinée 44 ↔ Kindia initiative (Fonda n.d.); its amounts and
 * dates are illustrative, and wrong on purpose.
 */
public final class ValidateDraft {
  private ValidateDraft() {}

  /** @param args unused */
  public static void main(String[] args) {
    Initiative draft = Initiative.builder()
        .id(InitiativeId.of("caac-guinee-44-kindia"))
        .title(" ")                                                       // not filled in yet
        .addParticipant(Participant.of(OrganisationId.of("guinee-44"), ParticipantRole.HOLDER))
        .addParticipant(Participant.of(OrganisationId.of("mfr-pays-de-la-loire-a"), ParticipantRole.HOLDER))
        .period(Period.of(LocalDate.of(2021, 12, 31), LocalDate.of(2019, 1, 1)))  // start and end swapped
        .budget(Money.of("40000", "EUR"))
        .addCoFinancing(CoFinancing.of(OrganisationId.of("cfsi"), Money.of("45000", "EUR")))
        .build();

    ValidationReport report = ModelValidator.create().validate(draft);
    System.out.println("Brouillon « " + draft.id() + " » : " + report.violations().size() + " problèmes");
    for (Violation violation : report.violations()) {
      System.out.println("- " + violation.path() + " [" + violation.code() + "] " + violation.message(Locale.FRENCH));
    }
    System.out.println("Valide : " + (report.isValid() ? "oui" : "non"));
  }
}
