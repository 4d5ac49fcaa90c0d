package org.partnershipsdk.core.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;
import org.partnershipsdk.core.results.Dimension;
import org.partnershipsdk.core.results.Disaggregation;
import org.partnershipsdk.core.results.DisaggregatedValue;
import org.partnershipsdk.core.results.Indicator;
import org.partnershipsdk.core.results.IndicatorValueKind;
import org.partnershipsdk.core.validation.constraints.ResultsBreakdownDeclared;

/** Checks {@link ResultsBreakdownDeclared}. Not for public use. */
public final class ResultsBreakdownDeclaredValidator implements ConstraintValidator<ResultsBreakdownDeclared, Indicator> {
  @Override
  public boolean isValid(Indicator indicator, ConstraintValidatorContext context) {
    if (indicator == null) {
      return true;
    }
    boolean valid = declaredOnce(indicator, context);
    for (ResultsIndicatorValues.Located at : ResultsIndicatorValues.of(indicator)) {
      List<DisaggregatedValue> parts = at.value().breakdown();
      if (parts.isEmpty()) {
        continue;
      }
      boolean quantitative = indicator.measure().map(m -> m.valueKind() == IndicatorValueKind.NUMBER)
          .orElse(at.value().kind().filter(k -> k == IndicatorValueKind.NUMBER).isPresent());
      if (!quantitative) {
        ConstraintReports.reportAt(context, "results.breakdown.not-quantitative", Map.of("parts", parts.size()),
            at.to("breakdown"));
        valid = false;
        continue;
      }
      valid &= partsDeclared(indicator, at, parts, context);
    }
    return valid;
  }

  /** Each dimension is declared once. */
  private static boolean declaredOnce(Indicator indicator, ConstraintValidatorContext context) {
    boolean valid = true;
    Set<String> names = new HashSet<>();
    List<Disaggregation> declared = indicator.disaggregations();
    for (int d = 0; d < declared.size(); d++) {
      String name = declared.get(d).name();
      if (!name.isBlank() && !names.add(name)) {
        ConstraintReports.reportAt(context, "results.disaggregation.duplicate", Map.of("name", name),
            "disaggregations", d, "name");
        valid = false;
      }
    }
    return valid;
  }

  private static boolean partsDeclared(Indicator indicator, ResultsIndicatorValues.Located at,
      List<DisaggregatedValue> parts, ConstraintValidatorContext context) {
    boolean valid = true;
    Map<Map<String, String>, Integer> groups = new HashMap<>();
    for (int k = 0; k < parts.size(); k++) {
      Map<String, String> group = new TreeMap<>();
      List<Dimension> dimensions = parts.get(k).dimensions();
      for (int c = 0; c < dimensions.size(); c++) {
        Dimension dimension = dimensions.get(c);
        if (dimension.name().isBlank() || dimension.group().isBlank()) {
          continue; // reported by the coordinate's own constraints
        }
        Optional<Disaggregation> declared = indicator.disaggregation(dimension.name());
        if (declared.isEmpty()
            || !declared.get().groups().isEmpty() && !declared.get().groups().contains(dimension.group())) {
          ConstraintReports.reportAt(context, "results.breakdown.undeclared",
              Map.of("name", dimension.name(), "group", dimension.group()), at.to("breakdown", k, "dimensions", c));
          valid = false;
        } else if (group.putIfAbsent(dimension.name(), dimension.group()) != null) {
          ConstraintReports.reportAt(context, "results.breakdown.dimension-repeated",
              Map.of("name", dimension.name()), at.to("breakdown", k, "dimensions", c));
          valid = false;
        }
      }
      Integer first = group.isEmpty() ? null : groups.putIfAbsent(group, k);
      if (first != null) {
        ConstraintReports.reportAt(context, "results.breakdown.duplicate",
            Map.of("group", shown(group), "first", first + 1), at.to("breakdown", k));
        valid = false;
      }
    }
    return valid;
  }

  /** A group as a message shows it: {@code age-group=15-24, sex=female}. */
  private static String shown(Map<String, String> group) {
    StringJoiner shown = new StringJoiner(", ");
    group.forEach((name, value) -> shown.add(name + "=" + value));
    return shown.toString();
  }
}
