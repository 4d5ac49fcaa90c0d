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
 */
public record IatiExport(int activities, Map<InitiativeId, List<String>> leftOut) {
  /** Copies the map, keeping its order. */
  public IatiExport {
    leftOut = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(leftOut));
  }
}
