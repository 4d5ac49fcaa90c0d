package org.partnershipsdk.json.internal;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JsonParser;

/**
 * The schema version of documents, {@code MAJOR.MINOR}: this SDK writes {@value #CURRENT} and reads
 * every {@code 1.x} (a newer minor only adds optional properties, which are kept as unknown). Not
 * for public use.
 */
public final class SchemaVersions {
  /** The version this SDK writes. */
  public static final String CURRENT = "1.2";
  /** The major version this SDK reads. */
  public static final int MAJOR = 1;

  private static final Pattern VERSION = Pattern.compile("(0|[1-9][0-9]{0,8})\\.(0|[1-9][0-9]{0,8})");

  private SchemaVersions() {}

  /**
   * @param parser the parser, at the version's string
   * @param version the version read
   * @throws BindingProblem if it is not {@code MAJOR.MINOR}, or its major is not {@value #MAJOR}
   */
  static void check(JsonParser parser, String version) {
    Matcher matcher = VERSION.matcher(version);
    if (!matcher.matches()) {
      throw BindingProblem.invalid(parser, "json.value.invalid.schema-version", null);
    }
    if (Integer.parseInt(matcher.group(1)) != MAJOR) {
      throw BindingProblem.of(parser, "json.schema-version.unsupported", "json.schema-version.unsupported",
          Map.of("found", version, "supported", MAJOR + ".x"));
    }
  }
}
