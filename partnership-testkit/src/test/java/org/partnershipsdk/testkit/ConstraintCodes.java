package org.partnershipsdk.testkit;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The codes the model's constraints can report, read from partnership-core's sources (the tests
 * run in the module's folder, beside partnership-core's): every key of core's texts that the
 * constraints ({@code validation/constraints}) and their validators ({@code internal/validation})
 * name, as a string ({@code "cycle.model.move.same"}, {@code "{cycle.history.invalid}"}) or in their
 * Javadoc ({@code {@code cycle.stage.same}}, the codes a constraint reports through shared rules),
 * and every {@code message = "{code}"} of the model's own properties.
 */
final class ConstraintCodes {
  private static final Path CORE = Path.of("../partnership-core/src/main");
  private static final Path SOURCES = CORE.resolve("java/org/partnershipsdk/core");
  private static final Path TEXTS = CORE.resolve("resources/org/partnershipsdk/core/texts");
  private static final Pattern NAMED = Pattern.compile("\"\\{?([a-z0-9.-]+)}?\"|\\{@code ([a-z0-9.-]+)}");
  private static final Pattern MESSAGE = Pattern.compile("message\\s*=\\s*\"\\{([a-z0-9.-]+)}\"");

  private ConstraintCodes() {}

  /** @return the codes, sorted */
  static Set<String> ofTheModel() throws IOException {
    Set<String> keys = textKeys();
    Set<String> codes = new TreeSet<>();
    for (Path folder : List.of(SOURCES.resolve("validation/constraints"), SOURCES.resolve("internal/validation"))) {
      for (Path source : javaFiles(folder)) {
        Matcher named = NAMED.matcher(Files.readString(source, StandardCharsets.UTF_8));
        while (named.find()) {
          String code = named.group(1) != null ? named.group(1) : named.group(2);
          if (keys.contains(code)) {
            codes.add(code);
          }
        }
      }
    }
    for (Path source : javaFiles(SOURCES)) {
      Matcher message = MESSAGE.matcher(Files.readString(source, StandardCharsets.UTF_8));
      while (message.find()) {
        codes.add(message.group(1));
      }
    }
    return codes;
  }

  /** @return the keys of core's English texts */
  private static Set<String> textKeys() throws IOException {
    Set<String> keys = new TreeSet<>();
    try (Stream<Path> files = Files.list(TEXTS)) {
      for (Path file : files.filter(f -> !f.getFileName().toString().contains("_")).toList()) {
        Properties texts = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
          texts.load(reader);
        }
        keys.addAll(texts.stringPropertyNames());
      }
    }
    if (keys.isEmpty()) {
      throw new IllegalStateException("No texts in " + TEXTS.toAbsolutePath());
    }
    return keys;
  }

  private static List<Path> javaFiles(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
    }
  }
}
