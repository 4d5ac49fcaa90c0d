package org.partnershipsdk.core.reciprocity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.LongConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.partnershipsdk.core.validation.ModelValidator;

/**
 * Properties of the analysis checked on {@value RandomAssessments#SEEDS} seeded random
 * assessments. Each dynamic test, and each assertion in it, names its seed: rerun
 * {@code RandomAssessments.generate(seed)} to get the failing assessment back.
 */
class ReciprocityPropertiesTest {
  private static final BigDecimal HUNDRED = new BigDecimal("100");

  private static Stream<DynamicTest> forEachSeed(LongConsumer property) {
    return RandomAssessments.seeds().mapToObj(seed -> dynamicTest("seed " + seed, () -> property.accept(seed)));
  }

  @TestFactory
  Stream<DynamicTest> theGeneratedAssessmentsAreValid() {
    ModelValidator validator = ModelValidator.create();
    return forEachSeed(seed -> assertThat(validator.validate(RandomAssessments.generate(seed)).violations())
        .as("seed %d", seed).isEmpty());
  }

  @TestFactory
  Stream<DynamicTest> everyFigureLiesBetweenZeroAndHundredWithTwoDecimals() {
    return forEachSeed(seed -> {
      for (BigDecimal figure : figures(ReciprocityAnalysis.of(RandomAssessments.generate(seed)))) {
        assertThat(figure).as("seed %d", seed).isBetween(BigDecimal.ZERO, HUNDRED);
        assertThat(figure.scale()).as("seed %d: scale of %s", seed, figure).isEqualTo(2);
      }
    });
  }

  @TestFactory
  Stream<DynamicTest> theOverallIndexAgreesWithAPlainFloatingPointComputation() {
    return forEachSeed(seed -> {
      ReciprocityAssessment assessment = RandomAssessments.generate(seed);
      ReciprocityAnalysis analysis = ReciprocityAnalysis.of(assessment);
      Optional<Double> expected = overallInDoubles(assessment);

      assertThat(analysis.overallIndex().isPresent()).as("seed %d", seed).isEqualTo(expected.isPresent());
      expected.ifPresent(value -> assertThat(analysis.overallIndex().orElseThrow().doubleValue())
          .as("seed %d", seed).isCloseTo(value, org.assertj.core.data.Offset.offset(0.005 + 1e-9)));
      int possible = assessment.responses().size() * assessment.criteriaSet().criteria().size();
      assertThat(analysis.answers() + analysis.missingAnswers()).as("seed %d", seed).isEqualTo(possible);
    });
  }

  @TestFactory
  Stream<DynamicTest> theFiguresDoNotChangeWhenTheScaleAndScoresAreMovedByALinearMap() {
    return forEachSeed(seed -> {
      Random random = new Random(~seed);
      int factor = 1 + random.nextInt(5);
      int offset = random.nextInt(21) - 10;
      ReciprocityAssessment assessment = RandomAssessments.generate(seed);
      ReciprocityAssessment moved = RandomAssessments.mapped(assessment, score -> factor * score + offset);

      ReciprocityAnalysis before = ReciprocityAnalysis.of(assessment);
      ReciprocityAnalysis after = ReciprocityAnalysis.of(moved);

      assertThat(figures(after)).as("seed %d, score → %d × score + %d", seed, factor, offset)
          .isEqualTo(figures(before));
      assertThat(after.indexes()).as("seed %d", seed).isEqualTo(before.indexes());
    });
  }

  @TestFactory
  Stream<DynamicTest> theGapIsSymmetric() {
    return forEachSeed(seed -> {
      ReciprocityAnalysis analysis = ReciprocityAnalysis.of(RandomAssessments.generate(seed));
      for (Side first : Side.values()) {
        for (Side second : Side.values()) {
          PerceptionGap there = analysis.gap(first, second);
          PerceptionGap back = analysis.gap(second, first);
          String pair = first.code() + "/" + second.code();
          assertThat(back.overall()).as("seed %d, %s", seed, pair).isEqualTo(there.overall());
          assertThat(back.disagreements()).extracting(CriterionGap::criterion, CriterionGap::gap)
              .as("seed %d, %s", seed, pair)
              .isEqualTo(there.disagreements().stream().map(g -> org.assertj.core.groups.Tuple.tuple(
                  g.criterion(), g.gap())).toList());
          assertThat(back.criteria()).as("seed %d, %s", seed, pair).isEqualTo(there.criteria().stream()
              .map(g -> new CriterionGap(g.criterion(), g.second(), g.first(), g.gap())).toList());
          assertThat(back.answeredByOneSideOnly()).as("seed %d, %s", seed, pair)
              .isEqualTo(there.answeredByOneSideOnly());
          if (first == second) {
            assertThat(there.overall()).as("seed %d, %s", seed, pair)
                .isIn(Optional.empty(), Optional.of(new BigDecimal("0.00")));
          }
        }
      }
    });
  }

  @TestFactory
  Stream<DynamicTest> anAssessmentComparedWithItselfIsStable() {
    return forEachSeed(seed -> {
      ReciprocityAssessment assessment = RandomAssessments.generate(seed);
      ReciprocityTrend trend = ReciprocityTrend.between(assessment, assessment, BigDecimal.ZERO);
      List<IndexChange> changes = new ArrayList<>();
      changes.add(trend.overall());
      for (Side side : Side.values()) {
        changes.add(trend.side(side));
      }
      for (IndexChange change : changes) {
        assertThat(change.earlier()).as("seed %d", seed).isEqualTo(change.later());
        if (change.earlier().isPresent()) {
          assertThat(change.delta()).as("seed %d", seed).contains(new BigDecimal("0.00"));
          assertThat(change.direction()).as("seed %d", seed).contains(TrendDirection.STABLE);
        } else {
          assertThat(change.direction()).as("seed %d", seed).isEmpty();
        }
      }
    });
  }

  @TestFactory
  Stream<DynamicTest> theSameAnswersInAnotherOrderOrWithExplicitGapsGiveTheSameFigures() {
    return forEachSeed(seed -> {
      ReciprocityAssessment assessment = RandomAssessments.generate(seed);
      ReciprocityAnalysis original = ReciprocityAnalysis.of(assessment);
      ReciprocityAnalysis rewritten = ReciprocityAnalysis.of(RandomAssessments.rewritten(assessment));

      assertThat(rewritten.scores()).as("seed %d", seed).isEqualTo(original.scores());
      assertThat(rewritten.indexes()).as("seed %d", seed).isEqualTo(original.indexes());
      assertThat(figures(rewritten)).as("seed %d", seed).isEqualTo(figures(original));
    });
  }

  /** Every figure on 0–100 an analysis publishes, in a fixed order. */
  private static List<BigDecimal> figures(ReciprocityAnalysis analysis) {
    List<BigDecimal> figures = new ArrayList<>();
    analysis.scores().forEach(s -> s.normalised().ifPresent(figures::add));
    analysis.indexes().forEach(i -> i.index().ifPresent(figures::add));
    analysis.overallIndex().ifPresent(figures::add);
    for (Side first : Side.values()) {
      for (Side second : Side.values()) {
        PerceptionGap gap = analysis.gap(first, second);
        gap.criteria().forEach(g -> g.gap().ifPresent(figures::add));
        gap.overall().ifPresent(figures::add);
      }
    }
    return figures;
  }

  /** The overall index computed independently, with doubles, from the definition. */
  private static Optional<Double> overallInDoubles(ReciprocityAssessment assessment) {
    Scale scale = assessment.criteriaSet().scale();
    List<Double> sideIndexes = new ArrayList<>();
    for (Side side : Side.values()) {
      List<Double> criterionScores = new ArrayList<>();
      for (String code : assessment.criteriaSet().codes()) {
        double sum = 0;
        int count = 0;
        for (Response response : assessment.responses()) {
          if (response.side() == side && response.answer(code).isPresent()
              && response.answer(code).get().score().isPresent()) {
            sum += response.answer(code).get().score().getAsInt();
            count++;
          }
        }
        if (count > 0) {
          criterionScores.add(100.0 * (sum / count - scale.min()) / (scale.max() - scale.min()));
        }
      }
      if (!criterionScores.isEmpty()) {
        sideIndexes.add(criterionScores.stream().mapToDouble(Double::doubleValue).average().orElseThrow());
      }
    }
    return sideIndexes.isEmpty() ? Optional.empty()
        : Optional.of(sideIndexes.stream().mapToDouble(Double::doubleValue).average().orElseThrow());
  }
}
