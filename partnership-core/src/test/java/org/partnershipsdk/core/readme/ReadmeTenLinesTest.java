package org.partnershipsdk.core.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.partnershipsdk.core.mission.VolunteerMission;
import org.partnershipsdk.core.model.MissionId;
import org.partnershipsdk.core.model.OrganisationId;
import org.partnershipsdk.core.model.Period;
import org.partnershipsdk.core.validation.ModelValidator;
import org.partnershipsdk.core.validation.ValidationReport;

/**
 * The README's "Ten lines" runs here as written there, and every line it prints is the one the
 * README shows after it, in order, none left out.
 */
class ReadmeTenLinesTest {
  private static final String CODE = """
      VolunteerMission draft = VolunteerMission.builder()
          .id(MissionId.of("explor-kpomasse"))
          .title("")                                   // a form still being filled in
          .holder(OrganisationId.of("ahpa"))
          .period(Period.of(LocalDate.of(2023, 2, 6), LocalDate.of(2023, 2, 13)))
          .durationDays(9)
          .build();
      ValidationReport report = ModelValidator.create().validate(draft);
      report.violations().forEach(v -> System.out.println(v.path() + " " + v.code() + " " + v.message(Locale.FRENCH)));
      """;

  @Test
  void theReadmePrintsWhatTheExamplePrints() throws IOException {
    VolunteerMission draft = VolunteerMission.builder()
        .id(MissionId.of("explor-kpomasse"))
        .title("")                                   // a form still being filled in
        .holder(OrganisationId.of("ahpa"))
        .period(Period.of(LocalDate.of(2023, 2, 6), LocalDate.of(2023, 2, 13)))
        .durationDays(9)
        .build();
    ValidationReport report = ModelValidator.create().validate(draft);
    List<String> printed = new ArrayList<>();
    report.violations().forEach(v -> printed.add(v.path() + " " + v.code() + " " + v.message(Locale.FRENCH)));

    String block = tenLinesBlock();
    assertThat(block).as("the README's code is the code run here").startsWith(CODE);
    List<String> shown = Arrays.stream(block.substring(CODE.length()).split("\n"))
        .map(line -> line.replaceFirst("^// ", "")).toList();
    assertThat(shown).as("the README shows every line the example prints").isEqualTo(printed);
  }

  private static String tenLinesBlock() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    int section = readme.indexOf("## Ten lines");
    int start = readme.indexOf("```java\n", section) + "```java\n".length();
    return readme.substring(start, readme.indexOf("```", start)).stripTrailing();
  }
}
