package org.partnershipsdk.rules.cel;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.partnershipsdk.core.model.PartnershipException;
import org.partnershipsdk.rules.cel.internal.RuleFileTexts;

/**
 * Thrown when a rule file cannot be used: it cannot be read, is not a rule file of a known format,
 * or has rules or expressions that do not check. It carries every problem found, each with its
 * place in the file ({@link #problems()}); nothing of the file is used. Its message
 * ({@link #getMessage(Locale)}: English, French and Spanish are shipped) names the file, the number
 * of problems and the first.
 */
public final class RuleFileException extends PartnershipException {
  private static final long serialVersionUID = 1L;

  /** The code of this exception. */
  public static final String CODE = "rules.file.invalid";

  private final transient List<RuleFileProblem> problems;

  /**
   * @param source the file, as named when loaded
   * @param problems what is wrong, at least one
   */
  public RuleFileException(String source, List<RuleFileProblem> problems) {
    super(CODE, summary(source, List.copyOf(problems)));
    this.problems = List.copyOf(problems);
  }

  /** @return every problem found, in the order of the file */
  public List<RuleFileProblem> problems() {
    return problems;
  }

  /** Texts {@code rules.file.invalid} and {@code rules.file.invalid.one}. */
  private static Function<Locale, String> summary(String source, List<RuleFileProblem> problems) {
    return locale -> {
      int count = problems.size();
      String first = problems.isEmpty() ? "" : problems.get(0).describe(locale);
      return RuleFileTexts.format(count == 1 ? CODE + ".one" : CODE, locale,
          Map.of("source", String.valueOf(source), "count", count, "first", first));
    };
  }
}
