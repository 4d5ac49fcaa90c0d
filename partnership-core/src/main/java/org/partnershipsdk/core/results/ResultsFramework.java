package org.partnershipsdk.core.results;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.partnershipsdk.core.internal.PartnershipStyle;
import org.partnershipsdk.core.model.Extensible;
import org.partnershipsdk.core.validation.constraints.UniqueRefs;

/**
 * The results framework of an initiative (cadre logique, logframe): what the design stage produces
 * and what follow-up and evaluation measure against. A hierarchy read from the top down:
 * an {@linkplain #overallObjective() overall objective} (impact), {@linkplain #specificObjectives()
 * specific objectives} (outcomes), each with its {@linkplain SpecificObjective#expectedResults()
 * expected results} (outputs), each with its {@linkplain ExpectedResult#activities() activities}
 * (with means and costs). Every level carries a statement, indicators and assumptions
 * ({@link ResultsLevel}).
 *
 * <pre>{@code
 * ResultsFramework framework = ResultsFramework.builder()
 *     .overallObjective(OverallObjective.of("Local tomato preserves reach the market"))
 *     .addSpecificObjective(SpecificObjective.builder()
 *         .statement("The production unit makes preserves of certified quality")
 *         .addExpectedResult(ExpectedResult.builder()
 *             .statement("Employees are trained in bottling")
 *             .addIndicator(trained)
 *             .build())
 *         .build())
 *     .build();
 * framework.quantitativeIndicators().forEach(i -> System.out.println(i.path()));
 * }</pre>
 */
@Value.Immutable
@PartnershipStyle
public abstract class ResultsFramework implements WithResultsFramework, Extensible {
  ResultsFramework() {}

  /** @return the overall objective (objectif global): the impact; empty while not yet written */
  public abstract Optional<@Valid OverallObjective> overallObjective();

  /** @return the specific objectives (objectifs spécifiques): the outcomes, in order */
  @UniqueRefs
  public abstract List<@Valid SpecificObjective> specificObjectives();

  /**
   * Every indicator of the framework, at every level, top down: those of the overall objective,
   * then for each specific objective its own, then those of each of its expected results, each
   * followed by those of its activities.
   *
   * @return the indicators with their level and path (computed once per framework)
   */
  public final List<LocatedIndicator> indicators() {
    return locatedIndicators();
  }

  /** Computed once: the rules read the indicators of each framework several times per run. */
  @Value.Lazy
  List<LocatedIndicator> locatedIndicators() {
    List<LocatedIndicator> found = new ArrayList<>();
    overallObjective().ifPresent(o -> collect(o, List.of("overallObjective"), found));
    for (int s = 0; s < specificObjectives().size(); s++) {
      SpecificObjective objective = specificObjectives().get(s);
      List<String> objectivePath = List.of("specificObjectives", String.valueOf(s));
      collect(objective, objectivePath, found);
      for (int r = 0; r < objective.expectedResults().size(); r++) {
        ExpectedResult result = objective.expectedResults().get(r);
        List<String> resultPath = append(objectivePath, "expectedResults", r);
        collect(result, resultPath, found);
        for (int a = 0; a < result.activities().size(); a++) {
          collect(result.activities().get(a), append(resultPath, "activities", a), found);
        }
      }
    }
    return List.copyOf(found);
  }

  /**
   * The indicators measured as a number or a percentage, in the order of {@link #indicators()}:
   * those a funder expects to have a baseline, targets and dated measurements.
   *
   * @return the quantitative indicators with their level and path (computed once per framework)
   */
  public final List<LocatedIndicator> quantitativeIndicators() {
    return locatedQuantitativeIndicators();
  }

  @Value.Lazy
  List<LocatedIndicator> locatedQuantitativeIndicators() {
    return indicators().stream().filter(i -> i.indicator().isQuantitative()).toList();
  }

  private static void collect(ResultsLevel level, List<String> levelPath, List<LocatedIndicator> found) {
    for (int i = 0; i < level.indicators().size(); i++) {
      List<String> path = append(levelPath, "indicators", i);
      found.add(LocatedIndicator.of(level.indicators().get(i), level.kind(), path));
    }
  }

  private static List<String> append(List<String> path, String property, int index) {
    List<String> longer = new ArrayList<>(path);
    longer.add(property);
    longer.add(String.valueOf(index));
    return longer;
  }

  /** @return an empty framework, as at the start of design */
  public static ResultsFramework empty() {
    return builder().build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ResultsFramework}. */
  public static final class Builder extends ImmutableResultsFramework.Builder {
    Builder() {}
  }
}
