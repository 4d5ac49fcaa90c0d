package org.partnershipsdk.examples;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.partnershipsdk.core.model.PartnershipId;
import org.partnershipsdk.core.portfolio.Portfolio;
import org.partnershipsdk.core.reciprocity.CriteriaSet;
import org.partnershipsdk.core.reciprocity.CriterionGap;
import org.partnershipsdk.core.reciprocity.IndexChange;
import org.partnershipsdk.core.reciprocity.PerceptionGap;
import org.partnershipsdk.core.reciprocity.ReciprocityAnalysis;
import org.partnershipsdk.core.reciprocity.ReciprocityAssessment;
import org.partnershipsdk.core.reciprocity.ReciprocityTrend;
import org.partnershipsdk.core.reciprocity.Side;
import org.partnershipsdk.core.reciprocity.SideIndex;

/**
 * Analyses the reciprocity assessments (baromètre de la réciprocité) of the real cases: for each,
 * the index of each side on 0–100, the perception gap between the supporting organisation and the
 * partner with the criteria where they disagree most, then the trend of Comasagua ↔ Montauban from
 * 2021 to 2022. The CFDT ↔ UNSAS assessment, answered by one side only, has no gap to measure. The
 * scores are illustrative (see {@code docs/reciprocity.md}).
 */
public final class AnalyseReciprocity {
  private static final BigDecimal TOLERANCE = new BigDecimal("5");

  private AnalyseReciprocity() {}

  /** @param args unused */
  public static void main(String[] args) {
    Portfolio portfolio = ExampleDocuments.realCases();
    for (ReciprocityAssessment assessment : portfolio.assessments()) {
      ReciprocityAnalysis analysis = ReciprocityAnalysis.of(assessment);
      System.out.println("Assessment " + assessment.id() + " of " + assessment.partnership() + " on "
          + assessment.date().orElseThrow());
      for (SideIndex index : analysis.indexes()) {
        System.out.println("  " + index.side().label(Locale.ENGLISH) + ": " + index.index().map(BigDecimal::toPlainString)
            .orElse("not answered") + " (" + index.respondents() + " respondent(s))");
      }
      if (analysis.isAnsweredByOneSideOnly()) {
        System.out.println("  answered by one side only: no perception gap");
        continue;
      }
      PerceptionGap gap = analysis.gap();
      System.out.println("  overall " + analysis.overallIndex().orElseThrow() + ", perception gap "
          + gap.overall().orElseThrow() + " on " + gap.compared() + " criteria; widest:");
      for (CriterionGap disagreement : gap.disagreements().subList(0, 3)) {
        System.out.println("    " + wording(assessment.criteriaSet(), disagreement.criterion()) + ": "
            + disagreement.first().orElseThrow() + " against " + disagreement.second().orElseThrow()
            + ", gap " + disagreement.gap().orElseThrow());
      }
    }

    List<ReciprocityAssessment> comasagua = portfolio.assessments().stream()
        .filter(a -> a.partnership().equals(PartnershipId.of("spf82-canasta-campesina"))).toList();
    ReciprocityTrend trend = ReciprocityTrend.between(comasagua.get(0), comasagua.get(1), TOLERANCE);
    System.out.println("Trend " + comasagua.get(0).id() + " -> " + comasagua.get(1).id() + " (tolerance " + TOLERANCE + "):");
    print("overall", trend.overall());
    print("supporting organisation", trend.side(Side.SUPPORTING_ORGANISATION));
    print("partner", trend.side(Side.PARTNER));
    System.out.println("  perception gap " + trend.earlier().gap().overall().orElseThrow() + " -> "
        + trend.later().gap().overall().orElseThrow());
  }

  private static String wording(CriteriaSet set, String criterion) {
    return set.criterion(criterion).map(c -> c.wording().in(Locale.ENGLISH)).orElse(criterion);
  }

  private static void print(String name, IndexChange change) {
    System.out.println("  " + name + ": " + change.earlier().orElseThrow() + " -> " + change.later().orElseThrow()
        + " (" + change.delta().orElseThrow() + ", " + change.direction().orElseThrow().label(Locale.ENGLISH) + ")");
  }
}
