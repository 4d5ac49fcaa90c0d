package org.partnershipsdk.core.cycle;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.partnershipsdk.core.internal.Texts;
import org.partnershipsdk.core.model.Coded;
import org.partnershipsdk.core.model.IncompleteValueException;

/**
 * One reason why a value cannot move to the stage asked for, such as a skipped stage or a date
 * before the last one.
 *
 * <p>The codes are stable; programs switch on them:
 * <ul>
 *   <li>{@code cycle.stage.not-started}: suspension or cancellation asked before identification;
 *   <li>{@code cycle.stage.skipped}: an ordered stage asked for before the one that precedes it;
 *   <li>{@code cycle.stage.out-of-order}: an ordered stage that was already passed (going back);
 *   <li>{@code cycle.stage.same}: the stage the cycle is already in;
 *   <li>{@code cycle.stage.terminal}: the cycle was cancelled or closed (capitalisation);
 *   <li>{@code cycle.resume.mismatch}: a suspended cycle resuming to another stage than the one it
 *       was in before the suspension;
 *   <li>{@code cycle.reason.missing}: a suspension or cancellation without a reason;
 *   <li>{@code cycle.date.before-last}: a date before the date of the last entry.
 * </ul>
 *
 * @param code the stable code
 * @param attribute the attribute of the requested {@link StageEntry} the refusal concerns:
 *     {@code stage}, {@code date} or {@code reason}
 * @param arguments the values the message names, by name: stages as {@link Stage}, dates as
 *     {@link java.time.LocalDate}
 */
public record TransitionRefusal(String code, String attribute, Map<String, Object> arguments) {

  /**
   * Copies the arguments.
   *
   * @param code the stable code
   * @param attribute the attribute concerned: {@code stage}, {@code date} or {@code reason}
   * @param arguments the values the message names
   * @throws IncompleteValueException if a component, or an argument, is null
   */
  public TransitionRefusal {
    if (code == null || attribute == null || arguments == null) {
      throw new IncompleteValueException(code == null ? "code" : attribute == null ? "attribute" : "arguments");
    }
    for (Map.Entry<String, Object> argument : arguments.entrySet()) {
      if (argument.getKey() == null || argument.getValue() == null) {
        throw new IncompleteValueException("arguments");
      }
    }
    arguments = Map.copyOf(arguments);
  }

  /**
   * @param locale the reader's locale: French for {@code fr}, English for anything else
   * @return why the move is refused, naming the stages in that language
   */
  public String message(Locale locale) {
    return Texts.format(code, locale, arguments);
  }

  /** @return the code and the English message, for logs */
  @Override
  public String toString() {
    return code + ": " + message(Locale.ENGLISH);
  }
}
