package org.partnershipsdk.examples;

import java.time.LocalDate;
import java.util.Locale;
import org.partnershipsdk.core.cycle.Stage;
import org.partnershipsdk.core.cycle.StageEntry;
import org.partnershipsdk.core.cycle.Transition;
import org.partnershipsdk.core.cycle.TransitionRefusal;
import org.partnershipsdk.core.cycle.TransitionRefusedException;
import org.partnershipsdk.core.initiative.Initiative;
import org.partnershipsdk.core.initiative.Participant;
import org.partnershipsdk.core.initiative.ParticipantRole;
import org.partnershipsdk.core.model.InitiativeId;
import org.partnershipsdk.core.model.OrganisationId;

/**
 * Moves an initiative through its project cycle (identification, design, implementation, a
 * suspension, evaluation, capitalisation) and handles refused transitions: a moved initiative is
 * a new value, a refusal says why and leaves the initiative as it was. The initiative is the CFDT's
 * with Essentiel and the UNSAS for women selling dried fish in Senegal (Fonda n.d.); dates and the
 * suspension are illustrative.
 */
public final class MoveThroughCycle {
  private MoveThroughCycle() {}

  /** @param args unused */
  public static void main(String[] args) {
    Initiative initiative = Initiative.builder()
        .id(InitiativeId.of("caac-senegal-dried-fish"))
        .title("Women selling dried fish in Senegal: a better living and social protection")
        .addParticipant(Participant.of(OrganisationId.of("cfdt"), ParticipantRole.HOLDER))
        .addParticipant(Participant.of(OrganisationId.of("unsas"), ParticipantRole.LOCAL_PARTNER))
        .build();

    initiative = move(initiative, Stage.IDENTIFICATION, LocalDate.of(2018, 6, 4));
    initiative = move(initiative, Stage.DESIGN, LocalDate.of(2018, 10, 1));
    initiative = move(initiative, Stage.CAPITALISATION, LocalDate.of(2019, 1, 7));   // skips two stages
    initiative = move(initiative, Stage.IMPLEMENTATION, LocalDate.of(2018, 9, 3));   // before the design
    initiative = move(initiative, Stage.IMPLEMENTATION, LocalDate.of(2019, 1, 7));
    initiative = move(initiative, Stage.SUSPENDED, LocalDate.of(2020, 3, 23));       // a reason is required

    Transition<Initiative> suspended = initiative.moveTo(Stage.SUSPENDED, LocalDate.of(2020, 3, 23),
        "Field visits stopped by the Covid-19 pandemic");
    initiative = suspended.orElseThrow(); // a refusal here would be a bug: throw
    System.out.println("Moved to " + label(initiative) + " (with a reason)");
    initiative = move(initiative, Stage.IMPLEMENTATION, LocalDate.of(2020, 9, 1));
    initiative = move(initiative, Stage.EVALUATION, LocalDate.of(2021, 10, 4));
    initiative = move(initiative, Stage.CAPITALISATION, LocalDate.of(2022, 2, 14));

    try {
      initiative.moveTo(Stage.DESIGN, LocalDate.of(2022, 3, 1)).orElseThrow();
    } catch (TransitionRefusedException e) {
      System.out.println("Thrown: " + e.getMessage());
    }

    System.out.println("History:");
    for (StageEntry entry : initiative.cycle().entries()) {
      System.out.println("  " + entry.date() + " " + entry.stage().label(Locale.ENGLISH)
          + entry.reason().map(r -> " (" + r + ")").orElse(""));
    }
  }

  /** Moves the initiative if it can, and otherwise prints every reason and keeps it as it was. */
  private static Initiative move(Initiative initiative, Stage stage, LocalDate date) {
    Transition<Initiative> transition = initiative.moveTo(stage, date);
    if (transition.isMoved()) {
      Initiative moved = transition.moved().orElseThrow();
      System.out.println("Moved to " + label(moved) + " on " + date);
      return moved;
    }
    for (TransitionRefusal refusal : transition.refusals()) {
      System.out.println("Refused " + stage.code() + " on " + date + ": " + refusal.code() + ": "
          + refusal.message(Locale.ENGLISH));
    }
    return initiative;
  }

  private static String label(Initiative initiative) {
    return initiative.cycle().currentStage().orElseThrow().label(Locale.ENGLISH);
  }
}
