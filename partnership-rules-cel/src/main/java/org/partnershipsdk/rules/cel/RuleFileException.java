package org.partnershipsdk.rules.cel;

import java.util.List;
import org.partnershipsdk.core.model.PartnershipException;

/**
 * Thrown when a rule file cannot be used: it cannot be read, is not a rule file of a known format,
 * or has rules or expressions that do not check. It carries every problem found, each with its
 * place in the file ({@link #problems()}); nothing of the file is used.
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
    super(CODE, summary(source, problems, false), summary(source, problems, true));
    this.problems = List.copyOf(problems);
  }

  /** @return every problem found, in the order of the file */
  public List<RuleFileProblem> problems() {
    return problems;
  }

  private static String summary(String source, List<RuleFileProblem> problems, boolean french) {
    int count = problems.size();
    String first = problems.isEmpty() ? "" : ": " + problems.get(0).describe(french
        ? java.util.Locale.FRENCH : java.util.Locale.ENGLISH);
    return french
        ? "Le fichier de règles " + source + " est refusé (" + count + " problème" + (count > 1 ? "s" : "") + ")" + first
        : "The rule file " + source + " is refused (" + count + " problem" + (count > 1 ? "s" : "") + ")" + first;
  }
}
