package org.partnershipsdk.testkit;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads text bundles as the SDK reads them, for tests that hold a bundle's languages together: the
 * SDK's own, and those you register with {@code Texts.addBundle} to override or translate its texts.
 *
 * <pre>{@code
 * Properties english = TextBundles.read(Path.of("src/main/resources/com/acme/texts/rules.properties"));
 * Properties spanish = TextBundles.read(Path.of("src/main/resources/com/acme/texts/rules_es.properties"));
 * english.stringPropertyNames().forEach(key -> assertThat(TextBundles.placeholders(spanish.getProperty(key)))
 *     .isEqualTo(TextBundles.placeholders(english.getProperty(key))));
 * }</pre>
 */
public final class TextBundles {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]+)}");

  private TextBundles() {}

  /**
   * Reads a bundle file in UTF-8, as the SDK's text loader does ({@link Properties#load(java.io.InputStream)}
   * would read it in ISO-8859-1 and garble every accent).
   *
   * @param file a {@code .properties} file
   * @return its keys and texts
   * @throws UncheckedIOException if the file cannot be read
   */
  public static Properties read(Path file) {
    Properties properties = new Properties();
    try (var reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the text bundle " + file, e);
    }
    return properties;
  }

  /**
   * @param text a text of a bundle, such as {@code {rule} failed on {subject}}
   * @return the names of its placeholders, sorted, such as {@code [rule, subject]}
   */
  public static Set<String> placeholders(String text) {
    Set<String> names = new TreeSet<>();
    Matcher matcher = PLACEHOLDER.matcher(text);
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return names;
  }
}
