package org.partnershipsdk.rules.cel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.partnershipsdk.core.model.IncompleteValueException;
import org.partnershipsdk.core.rules.Profile;
import org.partnershipsdk.rules.cel.internal.FileTree;
import org.partnershipsdk.rules.cel.internal.Node;
import org.partnershipsdk.rules.cel.internal.Problems;
import org.partnershipsdk.rules.cel.internal.RuleFileLimits;
import org.partnershipsdk.rules.cel.internal.RuleFileReader;

/**
 * Loads rule files: rules and profiles written in YAML (or JSON) by people who do not write Java,
 * their conditions in the Common Expression Language (CEL). A file is read, checked and compiled
 * whole when it is loaded; a file with any problem is refused with every problem and its place, in
 * the reader's language (English, French and Spanish are shipped), and nothing of it runs.
 *
 * <pre>{@code
 * RuleFile file = RuleFiles.load(Path.of("acme.rules.yaml"));
 * Profile profile = file.applyTo(Profiles.caac());
 * RuleReport report = RulesEngine.of(profile, clock).evaluate(portfolio);
 * }</pre>
 *
 * <p>Loading a file from an untrusted source is safe: expressions can read only the element being
 * checked and what the documented functions look up, cannot call Java, read files or loop beyond
 * the lists they are given, and each evaluation is capped; see {@code docs/rule-files.md}.
 */
public final class RuleFiles {
  /** The format this version reads, the value of a file's {@code format}. */
  public static final String FORMAT = RuleFileReader.FORMAT;

  /** Where the JSON Schema of the format is, as a class-path resource. */
  public static final String SCHEMA_RESOURCE = "/partnership-sdk/rules/v1/rule-file.schema.json";

  private RuleFiles() {}

  /**
   * Reads, checks and compiles a rule file. A name ending in {@code .json} is read as JSON, any
   * other as YAML.
   *
   * @param file the file, UTF-8
   * @return the file's rules and profile
   * @throws RuleFileException if it cannot be read or has any problem, with all of them
   */
  public static RuleFile load(Path file) {
    if (file == null) {
      throw new IncompleteValueException("file");
    }
    String source = file.toString();
    return read(source, content(file, source));
  }

  /**
   * Reads, checks and compiles a rule file's content.
   *
   * @param source the file's name, as problems show it; a name ending in {@code .json} is read as JSON
   * @param text the content
   * @return the file's rules and profile
   * @throws RuleFileException if it has any problem, with all of them
   */
  public static RuleFile read(String source, String text) {
    if (source == null || text == null) {
      throw new IncompleteValueException(source == null ? "source" : "text");
    }
    Problems problems = new Problems(source);
    if (text.length() > RuleFileLimits.MAX_FILE_CHARACTERS) {
      throw tooLarge(source);
    }
    Node root;
    try {
      root = FileTree.read(text, source.toLowerCase(Locale.ROOT).endsWith(".json"));
    } catch (FileTree.SyntaxException e) {
      Map<String, Object> arguments = new HashMap<>(e.arguments());
      arguments.put("language", source.toLowerCase(Locale.ROOT).endsWith(".json") ? "JSON" : "YAML");
      problems.add(Problems.SYNTAX, e.location(), Optional.empty(), e.key(), arguments);
      throw new RuleFileException(source, problems.all());
    }
    RuleFileReader.Content content = RuleFileReader.read(source, text, root, problems);
    if (problems.any()) {
      throw new RuleFileException(source, problems.all());
    }
    RuleFile file = new RuleFile(source, content);
    if (file.profileName().isPresent()) {
      file.profile(); // checks the profile section's rule ids and parameters against its base
    }
    return file;
  }

  /**
   * Checks a rule file without keeping it: what {@code partnership-cli rules --validate} does.
   *
   * @param file the file
   * @return every problem, empty when the file loads
   */
  public static List<RuleFileProblem> validate(Path file) {
    try {
      load(file);
      return List.of();
    } catch (RuleFileException e) {
      return e.problems();
    }
  }

  /**
   * Derives a profile from several files in turn, as {@code check --rules A --rules B} does: each
   * file's rules and profile section apply to what the files before it gave.
   *
   * @param start the profile to start from
   * @param files the files, in order
   * @return the profile
   * @throws RuleFileException if a file's profile section names what the profile does not have
   */
  public static Profile compose(Profile start, List<RuleFile> files) {
    if (start == null || files == null) {
      throw new IncompleteValueException(start == null ? "start" : "files");
    }
    Profile profile = start;
    for (RuleFile file : files) {
      profile = file.applyTo(profile);
    }
    return profile;
  }

  /** @return the JSON Schema (draft 2020-12) of the format, for editors that complete and check files */
  public static String schema() {
    try (InputStream in = RuleFiles.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + SCHEMA_RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + SCHEMA_RESOURCE, e);
    }
  }

  private static String content(Path file, String source) {
    try {
      if (Files.size(file) > RuleFileLimits.MAX_FILE_CHARACTERS * 4L) {
        throw tooLarge(source);
      }
      byte[] bytes = Files.readAllBytes(file);
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw unreadable(source, ".encoding", Map.of());
    } catch (NoSuchFileException e) {
      throw unreadable(source, ".missing", Map.of());
    } catch (IOException e) {
      throw unreadable(source, "", Map.of("detail", String.valueOf(e.getMessage())));
    }
  }

  private static RuleFileException tooLarge(String source) {
    return unreadable(source, ".size", Map.of("max", String.valueOf(RuleFileLimits.MAX_FILE_CHARACTERS)));
  }

  /**
   * @param variant the text's variant: {@code rules.file.unreadable} followed by it
   * @param arguments its placeholders' values
   */
  private static RuleFileException unreadable(String source, String variant, Map<String, ?> arguments) {
    Problems problems = new Problems(source);
    problems.add(Problems.UNREADABLE, new Node.Location(1, 1, ""), Optional.empty(), Problems.UNREADABLE + variant,
        arguments);
    return new RuleFileException(source, problems.all());
  }
}
