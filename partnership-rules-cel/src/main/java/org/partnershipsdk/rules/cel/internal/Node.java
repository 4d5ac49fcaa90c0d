package org.partnershipsdk.rules.cel.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A value of a rule file with where it is: line and column from 1, and its JSON Pointer within the
 * file. Read by {@link FileTree}. Not for public use.
 */
public sealed interface Node {
  /** @return where the value starts */
  Location location();

  /**
   * Where a value is in a file.
   *
   * @param line the line, from 1
   * @param column the column, from 1
   * @param pointer its JSON Pointer, such as {@code /rules/0/when}
   */
  record Location(int line, int column, String pointer) {}

  /**
   * A single value: text, a number, a boolean or null.
   *
   * @param text the value as written (without quotes)
   * @param kind what it is
   * @param location where it is
   */
  record Scalar(String text, Kind kind, Location location) implements Node {
    /** What a scalar is. */
    public enum Kind {
      /** Text. */
      TEXT,
      /** A whole number. */
      INTEGER,
      /** A decimal number. */
      DECIMAL,
      /** true or false. */
      BOOLEAN,
      /** null. */
      NULL
    }
  }

  /**
   * A list.
   *
   * @param items its values
   * @param location where it starts
   */
  record Sequence(List<Node> items, Location location) implements Node {}

  /**
   * A mapping of names to values, in the order written.
   *
   * @param entries the values by name
   * @param keys where each name is
   * @param location where it starts
   */
  record Mapping(LinkedHashMap<String, Node> entries, Map<String, Location> keys, Location location)
      implements Node {}
}
