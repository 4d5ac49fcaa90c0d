package org.partnershipsdk.core.cycle;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.partnershipsdk.core.internal.Texts;
import org.partnershipsdk.core.model.PartnershipException;

/**
 * Thrown by {@link Transition#orElseThrow()} when a move was refused; code
 * {@code cycle.transition.refused}. The message lists every reason, in the reader's language
 * ({@link #getMessage(Locale)}: English, French or Spanish).
 */
public final class TransitionRefusedException extends PartnershipException {
  private static final long serialVersionUID = 1L;

  private final List<TransitionRefusal> refusals;

  /**
   * @param refusals the reasons the move was refused
   */
  public TransitionRefusedException(List<TransitionRefusal> refusals) {
    super("cycle.transition.refused", inEveryLanguage(List.copyOf(refusals)));
    this.refusals = List.copyOf(refusals);
  }

  /** @return the reasons the move was refused */
  public List<TransitionRefusal> refusals() {
    return refusals;
  }

  private static Function<Locale, String> inEveryLanguage(List<TransitionRefusal> refusals) {
    return locale -> describe(refusals, locale);
  }

  private static String describe(List<TransitionRefusal> refusals, Locale locale) {
    String reasons = refusals.stream().map(r -> r.message(locale)).collect(Collectors.joining("; "));
    return Texts.format("cycle.transition.refused", locale, Map.of("reasons", reasons));
  }
}
