package org.partnershipsdk.iati.internal;

import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.partnershipsdk.core.model.Period;
import org.partnershipsdk.core.model.SdgTarget;
import org.partnershipsdk.core.results.DisaggregatedValue;
import org.partnershipsdk.core.results.Dimension;
import org.partnershipsdk.core.results.ExpectedResult;
import org.partnershipsdk.core.results.Indicator;
import org.partnershipsdk.core.results.IndicatorMeasure;
import org.partnershipsdk.core.results.IndicatorPeriod;
import org.partnershipsdk.core.results.IndicatorValue;
import org.partnershipsdk.core.results.ResultsFramework;
import org.partnershipsdk.core.results.ResultsLevel;
import org.partnershipsdk.core.results.SpecificObjective;
import org.partnershipsdk.iati.IatiLeftOut;

/**
 * Writes an initiative's results framework as IATI 2.03 {@code result} elements: one per level that
 * has indicators, each indicator with its baseline and its reporting periods, as docs/iati.md's
 * table says. What the standard ruleset would refuse (a numeric target without a number, a
 * baseline without a year, a period without its dates) is left out and said so in the notes.
 * Not for public use.
 */
final class ResultsMapping {
  private static final Map<String, String> SOURCE_OF_VERIFICATION = Map.of("en", "Source of verification: ",
      "fr", "Source de vérification : ", "es", "Fuente de verificación: ");

  private final String language;
  private final List<IatiLeftOut> notes;

  /**
   * @param language the texts' language
   * @param notes where what is left out is said, with its path in the initiative
   */
  ResultsMapping(String language, List<IatiLeftOut> notes) {
    this.language = language;
    this.notes = notes;
  }

  /** @return the SDG targets the framework's indicators measure, each once, in the order met; unknown ones noted */
  Set<SdgTarget> sdgTargets(ResultsFramework framework) {
    Set<SdgTarget> targets = new LinkedHashSet<>();
    for (var located : framework.indicators()) {
      for (SdgTarget target : located.indicator().sdgTargets()) {
        if (target.isKnown()) {
          targets.add(target);
        } else {
          notes.add(IatiTexts.leftOut(IatiLeftOut.SDG_TARGET_UNKNOWN, "resultsFramework." + located.path(),
              Map.of("target", target.toString())));
        }
      }
    }
    return targets;
  }

  /** Writes one {@code result} per level of the framework that has indicators. */
  void write(XmlOut out, ResultsFramework framework) {
    framework.overallObjective().ifPresent(o -> result(out, o, "3", "resultsFramework.overallObjective"));
    for (int s = 0; s < framework.specificObjectives().size(); s++) {
      SpecificObjective objective = framework.specificObjectives().get(s);
      String objectivePath = "resultsFramework.specificObjectives[" + s + "]";
      result(out, objective, "2", objectivePath);
      for (int r = 0; r < objective.expectedResults().size(); r++) {
        ExpectedResult expected = objective.expectedResults().get(r);
        String resultPath = objectivePath + ".expectedResults[" + r + "]";
        result(out, expected, "1", resultPath);
        for (int a = 0; a < expected.activities().size(); a++) {
          result(out, expected.activities().get(a), "1", resultPath + ".activities[" + a + "]");
        }
      }
    }
  }

  /** A result of IATI ResultType 3 impact, 2 outcome or 1 output. */
  private void result(XmlOut out, ResultsLevel level, String type, String path) {
    if (level.indicators().isEmpty()) {
      return; // an IATI result needs an indicator
    }
    out.start("result").attribute("type", type);
    title(out, level.statement(), level.kind().label(locale()));
    for (int i = 0; i < level.indicators().size(); i++) {
      indicator(out, level.indicators().get(i), path + ".indicators[" + i + "]");
    }
    out.end();
  }

  private void indicator(XmlOut out, Indicator indicator, String path) {
    IndicatorMeasure measure = measure(indicator);
    out.start("indicator").attribute("measure", switch (measure) {
      case NUMBER -> "1";
      case PERCENTAGE -> "2";
      case YES_NO -> "3";
      case QUALITATIVE -> "5";
    }).attribute("ascending", indicator.ascending().map(up -> up ? "1" : "0").orElse(null));
    title(out, indicator.name(), indicator.ref().orElse(measure.label(locale())));
    indicator.baseline().ifPresent(baseline -> baseline(out, indicator, measure, baseline, path + ".baseline"));
    for (int p = 0; p < indicator.periods().size(); p++) {
      period(out, measure, indicator.periods().get(p), path + ".periods[" + p + "]");
    }
    int unperiodised = indicator.targets().size() + indicator.measurements().size();
    if (unperiodised > 0) {
      notes.add(IatiTexts.leftOut(IatiLeftOut.VALUES_WITHOUT_PERIOD, path, Map.of("count", Integer.toString(unperiodised))));
    }
    out.end();
  }

  /**
   * The indicator's measure; without one, the kind of its first value (a text is qualitative),
   * and qualitative when it has none: nothing says it is counted.
   */
  private static IndicatorMeasure measure(Indicator indicator) {
    return indicator.measure().orElseGet(() -> Stream.concat(indicator.baseline().stream(),
            indicator.periods().stream().flatMap(p -> Stream.concat(p.target().stream(), p.actual().stream())))
        .flatMap(value -> value.kind().stream()).findFirst().map(kind -> switch (kind) {
          case NUMBER -> IndicatorMeasure.NUMBER;
          case YES_NO -> IndicatorMeasure.YES_NO;
          case TEXT -> IndicatorMeasure.QUALITATIVE;
        }).orElse(IndicatorMeasure.QUALITATIVE));
  }

  private void baseline(XmlOut out, Indicator indicator, IndicatorMeasure measure, IndicatorValue baseline,
      String path) {
    Optional<Year> year = indicator.baselineYearOrDate();
    if (year.isEmpty()) {
      notes.add(IatiTexts.leftOut(IatiLeftOut.BASELINE_WITHOUT_YEAR, path, Map.of()));
      return;
    }
    values(out, "baseline", measure, baseline, Optional.empty(), path, "year", year.get().toString(),
        "iso-date", baseline.date().map(Object::toString).orElse(null));
  }

  /**
   * A period with dates in order, its target and actual; the period's comment goes with the actual,
   * else with the target.
   */
  private void period(XmlOut out, IndicatorMeasure measure, IndicatorPeriod period, String path) {
    Period dates = period.period();
    if (dates.start().isEmpty() || dates.end().isEmpty() || dates.end().get().isBefore(dates.start().get())) {
      notes.add(IatiTexts.leftOut(IatiLeftOut.PERIOD_WITHOUT_DATES, path, Map.of()));
      return;
    }
    Optional<String> comment = period.comment().filter(c -> !c.isBlank());
    boolean onActual = period.actual().filter(a -> fits(measure, a)).isPresent();
    boolean onTarget = !onActual && period.target().filter(t -> fits(measure, t)).isPresent();
    if (comment.isPresent() && !onActual && !onTarget) {
      notes.add(IatiTexts.leftOut(IatiLeftOut.COMMENT_WITHOUT_VALUE, path + ".comment", Map.of()));
    }
    out.start("period");
    out.empty("period-start", "iso-date", dates.start().get().toString());
    out.empty("period-end", "iso-date", dates.end().get().toString());
    period.target().ifPresent(t -> values(out, "target", measure, t, onTarget ? comment : Optional.empty(),
        path + ".target"));
    period.actual().ifPresent(a -> values(out, "actual", measure, a, onActual ? comment : Optional.empty(),
        path + ".actual"));
    out.end();
  }

  /**
   * A target, actual or baseline element for the value, then one more with its {@code dimension}s
   * for each part of its breakdown.
   *
   * @param attributes the element's other attributes, names and values alternately, before {@code @value}
   */
  private void values(XmlOut out, String element, IndicatorMeasure measure, IndicatorValue value,
      Optional<String> comment, String path, String... attributes) {
    if (!fits(measure, value)) {
      notes.add(IatiTexts.leftOut(IatiLeftOut.VALUE_NOT_OF_MEASURE, path, Map.of("measure", measure.code())));
      return;
    }
    List<String> texts = new ArrayList<>();
    value.text().filter(t -> measure == IndicatorMeasure.QUALITATIVE).ifPresent(texts::add);
    value.sourceOfVerification().filter(s -> !s.isBlank())
        .ifPresent(s -> texts.add(SOURCE_OF_VERIFICATION.getOrDefault(language, SOURCE_OF_VERIFICATION.get("en")) + s));
    comment.ifPresent(texts::add);
    String number = switch (measure) {
      case NUMBER, PERCENTAGE -> value.number().orElseThrow().toPlainString();
      case YES_NO -> value.flag().orElseThrow() ? "1" : "0";
      case QUALITATIVE -> null;
    };
    element(out, element, attributes, number, List.of(), texts);
    if (!measure.isQuantitative()) {
      if (!value.breakdown().isEmpty()) {
        notes.add(IatiTexts.leftOut(IatiLeftOut.BREAKDOWN_NOT_A_NUMBER, path + ".breakdown", Map.of()));
      }
      return;
    }
    for (int i = 0; i < value.breakdown().size(); i++) {
      DisaggregatedValue part = value.breakdown().get(i);
      if (part.number().isEmpty()) {
        notes.add(IatiTexts.leftOut(IatiLeftOut.BREAKDOWN_PART_WITHOUT_NUMBER, path + ".breakdown[" + i + "]", Map.of()));
        continue;
      }
      element(out, element, attributes, part.number().get().toPlainString(), part.dimensions(), List.of());
    }
  }

  private static void element(XmlOut out, String element, String[] attributes, String value,
      List<Dimension> dimensions, List<String> comment) {
    List<String> all = new ArrayList<>(Arrays.asList(attributes)); // values may be null
    all.add("value");
    all.add(value);
    if (dimensions.isEmpty() && comment.isEmpty()) {
      out.empty(element, all.toArray(String[]::new));
      return;
    }
    out.start(element);
    for (int i = 0; i + 1 < all.size(); i += 2) {
      out.attribute(all.get(i), all.get(i + 1));
    }
    for (Dimension dimension : dimensions) {
      out.empty("dimension", "name", dimension.name(), "value", dimension.group());
    }
    if (!comment.isEmpty()) {
      out.start("comment");
      ActivityMapping.narrative(out, String.join("\n", comment));
      out.end();
    }
    out.end();
  }

  /** Whether IATI can say the value under the measure: a number, a yes or no, a text. */
  private static boolean fits(IndicatorMeasure measure, IndicatorValue value) {
    return switch (measure) {
      case NUMBER, PERCENTAGE -> value.number().isPresent();
      case YES_NO -> value.flag().isPresent();
      case QUALITATIVE -> value.text().filter(t -> !t.isBlank()).isPresent();
    };
  }

  /** A title with its text, else the fallback: IATI refuses an empty one (rule 4.3.1). */
  private static void title(XmlOut out, String text, String fallback) {
    out.start("title");
    ActivityMapping.narrative(out, text.isBlank() ? fallback : text);
    out.end();
  }

  private Locale locale() {
    return Locale.forLanguageTag(language);
  }
}
