package org.partnershipsdk.core.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.partnershipsdk.core.validation.ModelValidator;
import org.partnershipsdk.core.validation.ValidationReport;
import org.partnershipsdk.core.validation.Violation;

class ProjectCycleValidationTest {
  private static final ModelValidator VALIDATOR = ModelValidator.create();

  private static LocalDate day(int month) {
    return LocalDate.of(2016, month, 1);
  }

  private static ValidationReport validate(StageEntry... entries) {
    return VALIDATOR.validate(ProjectCycle.of(Arrays.asList(entries)));
  }

  private static Violation only(ValidationReport report) {
    assertThat(report.violations()).hasSize(1);
    return report.violations().get(0);
  }

  @Test
  void aHistoryInOrderIsValid() {
    ValidationReport report = validate(
        StageEntry.of(Stage.IDENTIFICATION, day(1)),
        StageEntry.of(Stage.DESIGN, day(2)),
        StageEntry.of(Stage.IMPLEMENTATION, day(3)),
        StageEntry.of(Stage.SUSPENDED, day(4), "Rainy season floods"),
        StageEntry.of(Stage.IMPLEMENTATION, day(6)),
        StageEntry.of(Stage.EVALUATION, day(9)),
        StageEntry.of(Stage.CAPITALISATION, day(11)),
        StageEntry.of(Stage.CLOSURE, day(12)));
    assertThat(report.violations()).isEmpty();
    assertThat(VALIDATOR.isValid(ProjectCycle.empty())).isTrue();
  }

  @Test
  void movesAreLeftToTheModelOfTheProgramme() {
    // A skipped stage, going back without a reason, reopening, resuming elsewhere: whether a model
    // allows them depends on the initiative's programme, which the rules initiative.cycle.* check.
    ValidationReport report = validate(
        StageEntry.of(Stage.DESIGN, day(1)),
        StageEntry.of(Stage.IMPLEMENTATION, day(2)),
        StageEntry.of(Stage.IDENTIFICATION, day(3)),
        StageEntry.of(Stage.SUSPENDED, day(4), "Elections"),
        StageEntry.of(Stage.CLOSURE, day(5)),
        StageEntry.of(Stage.INSTRUCTION, day(6)));
    assertThat(report.violations()).isEmpty();
  }

  @Test
  void aHistoryThatStartsSuspendedHasNotStarted() {
    Violation violation = only(validate(StageEntry.of(Stage.SUSPENDED, day(1), "Waiting")));
    assertThat(violation.code()).isEqualTo("cycle.stage.not-started");
    assertThat(violation.path()).isEqualTo("entries[0].stage");
  }

  @Test
  void aStageRepeatedIsReported() {
    Violation violation = only(validate(StageEntry.of(Stage.IDENTIFICATION, day(1)), StageEntry.of(Stage.IDENTIFICATION, day(2))));
    assertThat(violation.code()).isEqualTo("cycle.stage.same");
    assertThat(violation.path()).isEqualTo("entries[1].stage");
  }

  @Test
  void aSuspensionAfterCancellationIsReported() {
    Violation violation = only(validate(
        StageEntry.of(Stage.IDENTIFICATION, day(1)),
        StageEntry.of(Stage.CANCELLED, day(2), "Partner withdrew"),
        StageEntry.of(Stage.SUSPENDED, day(3), "Waiting")));
    assertThat(violation.code()).isEqualTo("cycle.stage.terminal");
    assertThat(violation.path()).isEqualTo("entries[2].stage");
    assertThat(violation.arguments()).containsEntry("from", Stage.CANCELLED).containsEntry("to", Stage.SUSPENDED);
  }

  @Test
  void aDateGoingBackIsReportedOnTheDate() {
    Violation violation = only(validate(StageEntry.of(Stage.IDENTIFICATION, day(5)), StageEntry.of(Stage.DESIGN, day(2))));
    assertThat(violation.code()).isEqualTo("cycle.date.before-last");
    assertThat(violation.path()).isEqualTo("entries[1].date");
    assertThat(violation.arguments()).containsEntry("date", day(2)).containsEntry("last", day(5));
    assertThat(violation.message(Locale.FRENCH)).isEqualTo("La date 1 février 2016 précède le 1 mai 2016, date de la dernière étape");
  }

  @Test
  void aSuspensionOrCancellationWithoutReasonIsReportedOnTheReason() {
    ValidationReport report = validate(
        StageEntry.of(Stage.IDENTIFICATION, day(1)),
        StageEntry.of(Stage.SUSPENDED, day(2)),
        StageEntry.of(Stage.IDENTIFICATION, day(3)),
        StageEntry.of(Stage.CANCELLED, day(4), " "));
    assertThat(report.violations()).extracting(Violation::code, Violation::path).containsExactly(
        org.assertj.core.groups.Tuple.tuple("cycle.reason.missing", "entries[1].reason"),
        org.assertj.core.groups.Tuple.tuple("cycle.reason.missing", "entries[3].reason"));
    assertThat(report.violations().get(0).arguments()).containsEntry("to", Stage.SUSPENDED);
    assertThat(report.violations().get(1).arguments()).containsEntry("to", Stage.CANCELLED);
  }

  @Test
  void severalProblemsOfOneEntryAreEachReportedWithTheirOwnArguments() {
    ValidationReport report = validate(
        StageEntry.of(Stage.IDENTIFICATION, day(6)),
        StageEntry.of(Stage.SUSPENDED, day(2)));
    assertThat(report.violations()).extracting(Violation::path, Violation::code).containsExactly(
        org.assertj.core.groups.Tuple.tuple("entries[1].date", "cycle.date.before-last"),
        org.assertj.core.groups.Tuple.tuple("entries[1].reason", "cycle.reason.missing"));
    assertThat(report.violations().get(0).arguments()).containsKeys("date", "last").doesNotContainKey("to");
    assertThat(report.violations().get(1).arguments()).containsKeys("to").doesNotContainKey("last");
  }
}
