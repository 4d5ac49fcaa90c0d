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
 * Moves an initiative through its project cycle in the standard cycle model (identification,
 * design, implementation, a reformulation back to design, a suspension, evaluation, capitalisation,
 * closure, a reopening) and handles refused transitions: a moved initiative is a new value, a
 * refusal says why and leaves the initiative as it was, and every move that goes back or reopens
 * keeps its reason in the history. The initiative is the CFDT's with Essentiel and the UNSAS for
 * women selling dried fish in Senegal (Fonda n.d.); dates, the reformulation, the suspension and the
 * reopening are illustrative.
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

    initiative = move(initiative, Stage.IDENTIFICATION, LocalDate.of(2018, 6, 4), null);
    initiative = move(initiative, Stage.DESIGN, LocalDate.of(2018, 10, 1), null);
    initiative = move(initiative, Stage.CAPITALISATION, LocalDate.of(2019, 1, 7), null);   // skips implementation
    initiative = move(initiative, Stage.IMPLEMENTATION, LocalDate.of(2018, 9, 3), null);   // before the design
    initiative = move(initiative, Stage.IMPLEMENTATION, LocalDate.of(2019, 1, 7), null);
    initiative = move(initiative, Stage.DESIGN, LocalDate.of(2019, 6, 3), null);           // going back needs a reason
    initiative = move(initiative, Stage.DESIGN, LocalDate.of(2019, 6, 3), "Reformulated after the first fishing season");
    initiative = move(initiative, Stage.IMPLEMENTATION, LocalDate.of(2019, 9, 2), null);

    Transition<Initiative> suspended = initiative.moveTo(Stage.SUSPENDED, LocalDate.of(2020, 3, 23),
        "Field visits stopped by the Covid-19 pandemic");
    initiative = suspended.orElseThrow(); // a refusal here would be a bug: throw
    System.out.println("Moved to " + label(initiative) + " (with a reason)");
    initiative = move(initiative, Stage.IMPLEMENTATION, LocalDate.of(2020, 9, 1), null);
    initiative = move(initiative, Stage.EVALUATION, LocalDate.of(2021, 10, 4), null);
    initiative = move(initiative, Stage.CAPITALISATION, LocalDate.of(2022, 2, 14), null);
    initiative = move(initiative, Stage.CLOSURE, LocalDate.of(2022, 6, 30), null);

    try {
      initiative.moveTo(Stage.SUSPENDED, LocalDate.of(2022, 9, 1), "Waiting for funds").orElseThrow();
    } catch (TransitionRefusedException e) {
      System.out.println("Thrown: " + e.getMessage());
    }
    initiative = move(initiative, Stage.IMPLEMENTATION, LocalDate.of(2023, 1, 9), "Reopened: a second phase is funded");

    System.out.println("History:");
    for (StageEntry entry : initiative.cycle().entries()) {
      System.out.println("  " + entry.date() + " " + entry.stage().label(Locale.ENGLISH)
          + entry.reason().map(r -> " (" + r + ")").orElse(""));
    }
  }

  /** Moves the initiative if it can, and otherwise prints every reason and keeps it as it was. */
  private static Initiative move(Initiative initiative, Stage stage, LocalDate date, String reason) {
    Transition<Initiative> transition = reason == null ? initiative.moveTo(stage, date)
        : initiative.moveTo(stage, date, reason);
    if (transition.isMoved()) {
      Initiative moved = transition.moved().orElseThrow();
      System.out.println("Moved to " + label(moved) + " on " + date + (reason == null ? "" : " (with a reason)"));
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
