package org.partnershipsdk.core.reciprocity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnershipsdk.core.internal.rules.PartnershipRules;
import org.partnershipsdk.core.model.AssessmentId;
import org.partnershipsdk.core.model.OrganisationId;
import org.partnershipsdk.core.model.PartnershipId;
import org.partnershipsdk.core.portfolio.Portfolio;
import org.partnershipsdk.core.rules.BuiltInRules;
import org.partnershipsdk.core.rules.Finding;
import org.partnershipsdk.core.rules.Parameter;
import org.partnershipsdk.core.rules.Profile;
import org.partnershipsdk.core.rules.Profiles;
import org.partnershipsdk.core.rules.RulesEngine;

/**
 * The worked example of {@code docs/reciprocity.md}: {@link #example()} and {@link #response} hold
 * the page's code, line for line, and the page's output is what the code prints.
 */
class ReciprocityDocExampleTest {
  private static final Path DOC = Path.of("../docs/reciprocity.md");
  private static final Path SOURCE =
      Path.of("src/test/java/org/partnershipsdk/core/reciprocity/ReciprocityDocExampleTest.java");

  private static final String OUTPUT = String.join("\n",
      "Index: supporting organisation 81.82, partner 60.61, overall 71.21",
      "Perception gap: 27.27 on 11 criteria",
      "  Balance of power: 66.67 against 0.00, gap 66.67",
      "  Listening: 100.00 against 66.67, gap 33.33",
      "  Reciprocity of contributions: 66.67 against 33.33, gap 33.33",
      "Overall: 71.21 -> 75.76 (4.55, stable)",
      "Supporting organisation: 81.82 -> 78.79 (-3.03, stable)",
      "Partner: 60.61 -> 72.73 (12.12, improved)",
      "Perception gap: 12.12");

  /** The code of the page, run by {@link #printsTheFiguresThePageShows()}; returns both assessments. */
  static List<ReciprocityAssessment> example() {
    CriteriaSet set = CriteriaSets.standard();
    ReciprocityAssessment first = ReciprocityAssessment.builder()
        .id(AssessmentId.of("comasagua-2021"))
        .partnership(PartnershipId.of("spf82-canasta-campesina"))
        .date(LocalDate.of(2021, 6, 15))
        .criteriaSet(set)
        .addResponse(response("spf-82", Side.SUPPORTING_ORGANISATION, 4, 3, 3, 3, 4, 4, 3, 4, 3, 4, 3))
        .addResponse(response("canasta-campesina", Side.PARTNER, 3, 2, 4, 1, 3, 4, 2, 3, 2, 4, 3))
        .build();

    ReciprocityAnalysis analysis = ReciprocityAnalysis.of(first);
    System.out.println("Index: supporting organisation " + analysis.index(Side.SUPPORTING_ORGANISATION).index().orElseThrow()
        + ", partner " + analysis.index(Side.PARTNER).index().orElseThrow()
        + ", overall " + analysis.overallIndex().orElseThrow());

    PerceptionGap gap = analysis.gap();
    System.out.println("Perception gap: " + gap.overall().orElseThrow() + " on " + gap.compared() + " criteria");
    for (CriterionGap disagreement : gap.disagreements().subList(0, 3)) {
      System.out.println("  " + set.criterion(disagreement.criterion()).orElseThrow().wording(Locale.ENGLISH)
          + ": " + disagreement.first().orElseThrow() + " against " + disagreement.second().orElseThrow()
          + ", gap " + disagreement.gap().orElseThrow());
    }

    ReciprocityAssessment second = first.withId(AssessmentId.of("comasagua-2022"))
        .withDate(LocalDate.of(2022, 9, 1))
        .withResponses(
            response("spf-82", Side.SUPPORTING_ORGANISATION, 4, 3, 3, 3, 4, 4, 3, 3, 3, 4, 3),
            response("canasta-campesina", Side.PARTNER, 3, 3, 4, 2, 3, 4, 3, 3, 3, 4, 3));
    ReciprocityTrend trend = ReciprocityTrend.between(first, second, new BigDecimal("5"));
    Map<String, IndexChange> changes = new LinkedHashMap<>();
    changes.put("Overall", trend.overall());
    changes.put("Supporting organisation", trend.side(Side.SUPPORTING_ORGANISATION));
    changes.put("Partner", trend.side(Side.PARTNER));
    changes.forEach((name, change) -> System.out.println(name + ": " + change.earlier().orElseThrow()
        + " -> " + change.later().orElseThrow() + " (" + change.delta().orElseThrow()
        + ", " + change.direction().orElseThrow().code() + ")"));
    System.out.println("Perception gap: " + trend.later().gap().overall().orElseThrow());
    return List.of(first, second);
  }

  static Response response(String organisation, Side side, int... scores) {
    List<String> criteria = CriteriaSets.standard().codes();
    Response.Builder response = Response.builder().respondent(OrganisationId.of(organisation)).side(side);
    for (int i = 0; i < scores.length; i++) {
      response.addAnswer(Answer.of(criteria.get(i), scores[i]));
    }
    return response.build();
  }

  @Test
  void printsTheFiguresThePageShows() throws IOException {
    String printed = run();

    assertThat(printed).isEqualTo(OUTPUT);
    assertThat(block(Files.readAllLines(DOC), "text")).containsExactlyElementsOf(OUTPUT.lines().toList());
  }

  @Test
  void givesTheFiguresAsValues() {
    List<ReciprocityAssessment> both = quietly();
    ReciprocityAnalysis first = ReciprocityAnalysis.of(both.get(0));
    ReciprocityAnalysis second = ReciprocityAnalysis.of(both.get(1));

    assertThat(first.index(Side.SUPPORTING_ORGANISATION).index()).contains(new BigDecimal("81.82"));
    assertThat(first.index(Side.PARTNER).index()).contains(new BigDecimal("60.61"));
    assertThat(first.overallIndex()).contains(new BigDecimal("71.21"));
    assertThat(first.gap().overall()).contains(new BigDecimal("27.27"));
    assertThat(first.gap().disagreements()).extracting(CriterionGap::criterion).startsWith(
        CriteriaSets.POWER_BALANCE, CriteriaSets.LISTENING, CriteriaSets.MUTUAL_BENEFIT);
    assertThat(second.overallIndex()).contains(new BigDecimal("75.76"));
    assertThat(second.gap().overall()).contains(new BigDecimal("12.12"));
    ReciprocityTrend trend = ReciprocityTrend.between(first, second, new BigDecimal("5"));
    assertThat(trend.overall().direction()).contains(TrendDirection.STABLE);
    assertThat(trend.side(Side.PARTNER).delta()).contains(new BigDecimal("12.12"));
    assertThat(trend.side(Side.PARTNER).direction()).contains(TrendDirection.IMPROVED);
    assertThat(trend.side(Side.SUPPORTING_ORGANISATION).delta()).contains(new BigDecimal("-3.03"));
  }

  @Test
  void theJavadocOfTheAnalysisShowsTheFiguresOfThePagesFirstAssessment() throws IOException {
    ReciprocityAnalysis first = ReciprocityAnalysis.of(quietly().get(0));
    String javadoc = Files.readString(
        Path.of("src/main/java/org/partnershipsdk/core/reciprocity/ReciprocityAnalysis.java"));

    assertThat(javadoc).contains(
        "analysis.index(Side.PARTNER).index();    // " + first.index(Side.PARTNER).index(),
        "analysis.overallIndex();                 // " + first.overallIndex(),
        "analysis.gap().overall();                // " + first.gap().overall());
  }

  @Test
  void theRulesTableGivesEachProfilesValueWhereItDiffersFromTheDefault() throws IOException {
    List<String> rows = Files.readAllLines(DOC).stream().filter(line -> line.startsWith("| `")).toList();
    assertThat(rows).hasSize(5);
    for (String row : rows) {
      String id = row.substring(3, row.indexOf('`', 3));
      String cell = row.substring(row.lastIndexOf('|', row.length() - 2) + 1, row.length() - 1).strip();
      List<String> expected = new ArrayList<>();
      for (Parameter<?> parameter : BuiltInRules.byId(id).orElseThrow().info().parameters()) {
        expected.add("`" + parameter.name() + "` = " + parameter.defaultValue());
        for (Profile profile : Profiles.all()) {
          Object value = profile.parameter(id, parameter);
          if (profile.isEnabled(id) && !value.equals(parameter.defaultValue())) {
            expected.add("`" + profile.name() + "` profile: " + value);
          }
        }
      }
      assertThat(cell).as(id).isEqualTo(String.join("; ", expected));
    }
  }

  @Test
  void theRulesFindWhatThePageSays() {
    List<ReciprocityAssessment> both = quietly();
    Portfolio portfolio = Portfolio.builder().addAllAssessments(both).build();
    Clock clock = Clock.fixed(Instant.parse("2019-01-10T00:00:00Z"), ZoneOffset.UTC);
    List<Finding> gaps = RulesEngine.of(Profile.builder("doc").add(PartnershipRules.GAP_TOO_WIDE).build(), clock)
        .evaluate(portfolio).findings();

    assertThat(gaps.stream().filter(f -> f.subject().id().equals("comasagua-2021")))
        .extracting(Finding::path).containsExactly("criteriaSet.criteria[3]");
    assertThat(gaps.stream().filter(f -> f.subject().id().equals("comasagua-2022"))).isEmpty();
  }

  @Test
  void thePageShowsThisCode() throws IOException {
    List<String> doc = Files.readAllLines(DOC);
    List<String> code = new ArrayList<>(block(doc, "java"));
    List<String> source = Files.readAllLines(SOURCE).stream().map(String::strip).toList();

    assertThat(code).hasSizeGreaterThan(30);
    int at = 0;
    for (String line : code) {
      int found = source.subList(at, source.size()).indexOf(line.strip());
      assertThat(found).as("the page's line «%s» is in the test, in the same order", line).isNotNegative();
      at += found + 1;
    }
  }

  private static String run() {
    PrintStream out = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
      example();
    } finally {
      System.setOut(out);
    }
    return bytes.toString(StandardCharsets.UTF_8).replace("\r\n", "\n").stripTrailing();
  }

  private static List<ReciprocityAssessment> quietly() {
    PrintStream out = System.out;
    try {
      System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
      return example();
    } finally {
      System.setOut(out);
    }
  }

  /** The non-blank lines of the page's fenced blocks in a language, in order. */
  private static List<String> block(List<String> lines, String language) {
    List<String> found = new ArrayList<>();
    boolean inside = false;
    for (String line : lines) {
      if (line.startsWith("```")) {
        inside = !inside && line.equals("```" + language);
      } else if (inside && !line.isBlank()) {
        found.add(line);
      }
    }
    return found;
  }
}
