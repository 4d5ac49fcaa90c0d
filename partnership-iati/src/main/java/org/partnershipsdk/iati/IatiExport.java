package org.partnershipsdk.iati;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.partnershipsdk.core.model.InitiativeId;

/**
 * What an {@link IatiExporter} wrote, and what it left out with why.
 *
 * <p>From {@link IatiExporter#write}, every initiative left out and every part left out is kept.
 * From {@link IatiExporter#open}, so that a streamed export of millions keeps its memory bounded,
 * the first 1,000 initiatives left out and the first 1,000 initiatives with parts left out are
 * kept ({@link #leftOutCount()} counts them all; each {@link IatiActivityWriter#write} returns its
 * own parts).
 *
 * @param activities how many activities were written
 * @param leftOutCount how many initiatives were left out, all of them, kept or not
 * @param leftOutReasons the initiatives that could not make a valid activity, with why (codes
 *     {@value IatiLeftOut#NO_START_DATE}, {@value IatiLeftOut#NO_REPORTING_ORGANISATION}), in the
 *     order met
 * @param leftOutPartReasons what was left out of the activities that were written, by initiative,
 *     in the order met: each part's path in the initiative, its code and why, such as {@code
 *     resultsFramework.overallObjective.indicators[0].baseline} ({@value IatiLeftOut#BASELINE_WITHOUT_YEAR})
 */
public record IatiExport(int activities, int leftOutCount, Map<InitiativeId, List<IatiLeftOut>> leftOutReasons,
    Map<InitiativeId, List<IatiLeftOut>> leftOutPartReasons) {
  /** Copies the maps, keeping their order. */
  public IatiExport {
    leftOutReasons = copy(leftOutReasons);
    leftOutPartReasons = copy(leftOutPartReasons);
  }

  /**
   * @return the initiatives left out, each with why in English (as {@link #leftOutReasons()}
   *     without codes), such as {@code no start date: neither a planned start ...}
   */
  public Map<InitiativeId, List<String>> leftOut() {
    return texts(leftOutReasons, IatiLeftOut::messageEn);
  }

  /**
   * @return the parts left out of the written activities, by initiative, each as its path and why in
   *     English (as {@link #leftOutPartReasons()} without codes), such as {@code
   *     resultsFramework.overallObjective.indicators[0].baseline: left out: IATI needs the baseline's year, ...}
   */
  public Map<InitiativeId, List<String>> leftOutParts() {
    return texts(leftOutPartReasons, IatiLeftOut::toString);
  }

  private static Map<InitiativeId, List<IatiLeftOut>> copy(Map<InitiativeId, List<IatiLeftOut>> reasons) {
    Map<InitiativeId, List<IatiLeftOut>> copy = new LinkedHashMap<>();
    reasons.forEach((id, list) -> copy.put(id, List.copyOf(list)));
    return Collections.unmodifiableMap(copy);
  }

  private static Map<InitiativeId, List<String>> texts(Map<InitiativeId, List<IatiLeftOut>> reasons,
      Function<IatiLeftOut, String> text) {
    Map<InitiativeId, List<String>> texts = new LinkedHashMap<>();
    reasons.forEach((id, list) -> texts.put(id, list.stream().map(text).toList()));
    return Collections.unmodifiableMap(texts);
  }
}
