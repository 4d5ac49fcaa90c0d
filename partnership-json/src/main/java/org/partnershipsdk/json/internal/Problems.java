package org.partnershipsdk.json.internal;

import java.util.Map;
import org.partnershipsdk.json.JsonProblem;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;

/** Builds {@link JsonProblem}s with their messages in English and French. Not for public use. */
public final class Problems {
  private Problems() {}

  /**
   * @param parser the parser, at the offending element
   * @param code the stable code
   * @param messageKey the message's key
   * @param arguments the message's arguments
   * @return the problem, at the parser's pointer and position
   */
  public static JsonProblem at(JsonParser parser, String code, String messageKey, Map<String, ?> arguments) {
    return of(code, Pointers.at(parser), parser.currentTokenLocation(), messageKey, arguments);
  }

  /**
   * @param code the stable code
   * @param pointer the pointer of the offending element
   * @param location its position, or null when unknown
   * @param messageKey the message's key
   * @param arguments the message's arguments
   * @return the problem
   */
  public static JsonProblem of(String code, String pointer, TokenStreamLocation location, String messageKey,
      Map<String, ?> arguments) {
    int line = location == null ? 0 : location.getLineNr();
    int column = location == null ? 0 : location.getColumnNr();
    Map<String, ?> copy = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(arguments));
    return JsonProblem.of(code, pointer, line, column, locale -> JsonTexts.format(messageKey, locale, copy));
  }
}
