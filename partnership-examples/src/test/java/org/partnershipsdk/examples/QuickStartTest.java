package org.partnershipsdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class QuickStartTest {
  @Test
  void printsTheMissionTheDraftsViolationsInFrenchAndARefusedTransition() {
    PrintStream original = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      QuickStart.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    assertThat(out.toString(StandardCharsets.UTF_8).lines()).containsExactly(
        "Mission explor-kpomasse valid: true",
        "Brouillon : 3 problèmes",
        "durationDays: La durée déclarée de 9 jours diffère des 8 jours des dates de la mission [mission.duration.mismatch]",
        "title: Ne doit pas être vide [value.blank]",
        "type: Une valeur est obligatoire [value.required]",
        "Stage: Design",
        "Refused: “Evaluation” cannot be entered before “Implementation”: no stage is skipped");
  }
}
