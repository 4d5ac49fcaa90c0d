package org.partnershipsdk.json.internal;

import java.util.ArrayList;
import java.util.List;
import org.partnershipsdk.json.JsonProblem;

/**
 * Collects the unknown properties met during one strict read, so that all of them are reported at
 * once. Passed to the deserializers as a per-call attribute. Not for public use.
 */
public final class UnknownPropertyLog {
  /** The attribute's key. */
  public static final Object KEY = UnknownPropertyLog.class;

  private final List<JsonProblem> problems = new ArrayList<>();

  /** @param problem an unknown property */
  void add(JsonProblem problem) {
    problems.add(problem);
  }

  /** @return the unknown properties met, in document order */
  public List<JsonProblem> problems() {
    return List.copyOf(problems);
  }
}
