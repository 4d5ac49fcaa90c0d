package org.partnershipsdk.iati;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partnershipsdk.core.model.InitiativeId;

/**
 * What an {@link IatiExporter} wrote.
 *
 * @param activities how many activities were written
 * @param leftOut the initiatives that could not make a valid activity, with why, in the order met
 * @param leftOutParts what was left out of the activities that were written, by initiative, in the
 *     order met (from {@link IatiExporter#open}, the first 1,000 initiatives' only; each
 *     {@link IatiActivityWriter#write} returns its own): each part's path in the initiative and why, such as {@code
 *     resultsFramework.overallObjective.indicators[0].baseline: left out: IATI needs the baseline's
 *     year, ...}
 */
public record IatiExport(int activities, Map<InitiativeId, List<String>> leftOut,
    Map<InitiativeId, List<String>> leftOutParts) {
  /** Copies the maps, keeping their order. */
  public IatiExport {
    leftOut = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(leftOut));
    leftOutParts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(leftOutParts));
  }
}
