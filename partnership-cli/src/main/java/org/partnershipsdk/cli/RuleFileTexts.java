package org.partnershipsdk.cli;

import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.partnershipsdk.core.rules.Profile;
import org.partnershipsdk.core.rules.Profiles;
import org.partnershipsdk.rules.cel.RuleFile;
import org.partnershipsdk.rules.cel.RuleFileException;
import org.partnershipsdk.rules.cel.RuleFileProblem;
import org.partnershipsdk.rules.cel.RuleFiles;

/**
 * Rule files on the command line: {@code check --rules FILE} (repeatable) and
 * {@code rules --validate FILE}. The loading, checking and composing are partnership-rules-cel's
 * public API; this prints.
 */
final class RuleFileTexts {
  private static final CliText VALID = CliText.of("cli.rule-file.valid");
  private static final CliText PROFILE = CliText.of("cli.rule-file.profile");
  private static final CliText INVALID = CliText.of("cli.rule-file.refused");

  private RuleFileTexts() {}

  /** The rule files of a check, loaded. */
  record Loaded(List<RuleFile> files) {
    /**
     * @param asked the profile {@code --profile} names, if given
     * @return it, or else the built-in profile the first file that names one starts from, or else
     *     the default profile, with the files applied in order
     */
    Profile profile(Optional<Profile> asked) {
      Profile start = asked.orElseGet(() -> files.stream().flatMap(f -> f.baseProfile().stream()).findFirst()
          .flatMap(Profiles::byName).orElse(Profiles.standard()));
      return RuleFiles.compose(start, files);
    }
  }

  /**
   * @return the files loaded, or empty when one is refused: its problems are on the error output
   */
  static Optional<Loaded> load(List<String> names, Locale locale, PrintStream err) {
    List<RuleFile> files = new ArrayList<>();
    boolean refused = false;
    for (String name : names) {
      try {
        files.add(RuleFiles.load(Path.of(name)));
      } catch (RuleFileException e) {
        e.problems().forEach(p -> err.println(p.describe(locale)));
        refused = true;
      } catch (InvalidPathException e) {
        err.println(INVALID.in(locale, "file", name, "count", 1));
        refused = true;
      }
    }
    if (!refused && !files.isEmpty()) {
      try {
        new Loaded(files).profile(Optional.empty());
      } catch (RuleFileException e) {
        e.problems().forEach(p -> err.println(p.describe(locale)));
        refused = true;
      }
    }
    return refused ? Optional.empty() : Optional.of(new Loaded(files));
  }

  /** @return whether the file loads; prints it, or each problem, one per line */
  static boolean validate(String name, Locale locale, PrintStream out) {
    List<RuleFileProblem> problems;
    RuleFile file = null;
    try {
      file = RuleFiles.load(Path.of(name));
      problems = List.of();
    } catch (RuleFileException e) {
      problems = e.problems();
    } catch (InvalidPathException e) {
      problems = List.of();
    }
    if (file != null) {
      String profile = file.profileName().map(p -> PROFILE.in(locale, "name", p)).orElse("");
      out.println(VALID.in(locale, "file", name, "rules", file.rules().size(), "profile", profile));
      return true;
    }
    out.println(INVALID.in(locale, "file", name, "count", Math.max(1, problems.size())));
    problems.forEach(p -> out.println("  " + p.describe(locale) + " [" + p.code() + "]"));
    return false;
  }
}
