package org.partnershipsdk.core.rules;

import java.util.Map;

/**
 * Where a rule reports what it found on the element being checked. Each report becomes a
 * {@link Finding} with the rule's id, severity and message.
 */
public interface Findings {

  /**
   * @param path the property path of the element concerned within the subject, such as
   *     {@code participants[0]}; empty for the subject as a whole
   * @param arguments the values the rule's message names
   */
  void report(String path, Map<String, ?> arguments);

  /**
   * @param path the property path of the element concerned
   */
  default void report(String path) {
    report(path, Map.of());
  }

  /**
   * @param path the property path of the element concerned
   * @param name the name of the value the message names
   * @param value the value
   */
  default void report(String path, String name, Object value) {
    report(path, Map.of(name, value));
  }

  /**
   * @param path the property path of the element concerned
   * @param name1 the name of the first value the message names
   * @param value1 the first value
   * @param name2 the name of the second value
   * @param value2 the second value
   */
  default void report(String path, String name1, Object value1, String name2, Object value2) {
    report(path, Map.of(name1, value1, name2, value2));
  }
}
