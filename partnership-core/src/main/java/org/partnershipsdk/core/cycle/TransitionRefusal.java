package org.partnershipsdk.core.cycle;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.partnershipsdk.core.internal.Texts;
import org.partnershipsdk.core.model.Coded;
import org.partnershipsdk.core.model.IncompleteValueException;

/**
 * One reason why a value cannot move to the stage asked for, such as a skipped stage, a date
 * before the last one or an unmet guard.
 *
 * <p>The codes are stable; programs switch on them:
 * <ul>
 *   <li>{@code cycle.stage.not-started}: suspension or cancellation asked before the cycle started;
 *   <li>{@code cycle.stage.skipped}: a stage of the path asked for before a required one that
 *       precedes it ({@code expected});
 *   <li>{@code cycle.stage.out-of-order}: going back to a stage already passed, when the cycle
 *       model allows no such move;
 *   <li>{@code cycle.stage.same}: the stage the cycle is already in;
 *   <li>{@code cycle.stage.terminal}: the cycle was closed or cancelled and the model allows no
 *       reopening to that stage;
 *   <li>{@code cycle.stage.unknown}: a stage the cycle model does not use ({@code model} names it);
 *   <li>{@code cycle.reason.missing}: a suspension, cancellation, or a move the model says needs a
 *       reason (going back, reopening), without one;
 *   <li>{@code cycle.date.before-last}: a date before the date of the last entry;
 *   <li>{@code cycle.guard.unmet}: a guard of the cycle model holds the move back: its rule
 *       ({@code rule}, its id) reported {@code finding} (shown by its message) on the initiative as
 *       it would be after the move.
 * </ul>
 *
 * @param code the stable code
 * @param attribute the attribute of the requested {@link StageEntry} the refusal concerns:
 *     {@code stage}, {@code date} or {@code reason}
 * @param arguments the values the message names, by name: stages as {@link Stage}, dates as
 *     {@link java.time.LocalDate}, texts as {@link String}; a guard's finding as a
 *     {@link org.partnershipsdk.core.model.Coded} whose code is the rule's id and whose label is the
 *     finding's message
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
