package org.partnershipsdk.json.jackson2.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.util.VersionUtil;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.partnershipsdk.core.text.Texts;
import org.partnershipsdk.json.internal.SdkVersion;
import org.partnershipsdk.json.jackson2.IncompatibleJacksonException;

/**
 * The versions the module runs with, and the check that they fit: jackson-annotations new enough
 * for Jackson 3 (2.20, which added the {@code JsonSerializeAs} that Jackson 3 loads) and for Jackson
 * 2 (its own minor version or later, Jackson's rule), Jackson 2 databind new enough for this module,
 * and partnership-json of this module's version (the module uses its internal reader). Not for
 * public use.
 *
 * @param annotations jackson-annotations' version, such as {@code 2.21}; empty when its jar does not say
 * @param annotationsForJackson3 whether jackson-annotations has what Jackson 3 needs
 * @param jackson2 Jackson 2 databind's version
 * @param jackson3 Jackson 3 databind's version
 * @param sdkJson partnership-json's version; empty when unknown (classes without their build)
 * @param sdkJackson2 this module's version; empty when unknown
 */
public record JacksonVersions(Optional<String> annotations, boolean annotationsForJackson3, Version jackson2,
    String jackson3, Optional<String> sdkJson, Optional<String> sdkJackson2) {

  /** This module's version. */
  public static final Version MODULE = read();
  /** The oldest Jackson 2 databind the module works with (its stream-read limits came in 2.15). */
  static final Version OLDEST_DATABIND = new Version(2, 15, 0, null, "com.fasterxml.jackson.core", "jackson-databind");
  /** The oldest jackson-annotations Jackson 3 works with. */
  static final int ANNOTATIONS_MINOR_FOR_JACKSON3 = 20;
  /** The class of jackson-annotations 2.20 whose absence makes Jackson 3 fail. */
  static final String JACKSON3_NEEDS = "com.fasterxml.jackson.annotation.JsonSerializeAs";

  private static final Pattern MAJOR_MINOR = Pattern.compile("(\\d+)\\.(\\d+)(?:\\..*)?");
  private static final Texts TEXTS = Texts.of(name -> JacksonVersions.class.getResourceAsStream(name),
      "/org/partnershipsdk/json/jackson2/texts/jackson2");

  /** @return the versions on this class path */
  public static JacksonVersions current() {
    return new JacksonVersions(annotationsVersion(), present(JACKSON3_NEEDS),
        com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION,
        tools.jackson.databind.cfg.PackageVersion.VERSION.toString(), known(SdkVersion.VERSION.toString()),
        known(MODULE.toString()));
  }

  /**
   * @throws IncompatibleJacksonException for the first version that does not fit
   */
  public void check() {
    int annotationsMinor = annotations.flatMap(JacksonVersions::minorOf).orElse(-1);
    String needed = "2." + Math.max(ANNOTATIONS_MINOR_FOR_JACKSON3, jackson2.getMinorVersion());
    if (!annotationsForJackson3 || (annotationsMinor >= 0 && annotationsMinor < ANNOTATIONS_MINOR_FOR_JACKSON3)) {
      throw fail(IncompatibleJacksonException.ANNOTATIONS, "jackson3", needed);
    }
    if (jackson2.compareTo(OLDEST_DATABIND) < 0) {
      throw fail(IncompatibleJacksonException.DATABIND, "databind", needed);
    }
    if (annotationsMinor >= 0 && jackson2.getMajorVersion() == 2 && annotationsMinor < jackson2.getMinorVersion()) {
      throw fail(IncompatibleJacksonException.ANNOTATIONS, "jackson2", needed);
    }
    if (sdkJson.isPresent() && sdkJackson2.isPresent() && !sdkJson.equals(sdkJackson2)) {
      throw fail(IncompatibleJacksonException.SDK, "sdk", needed);
    }
  }

  private IncompatibleJacksonException fail(String code, String why, String needed) {
    Map<String, String> arguments = Map.of(
        "annotations", annotations.orElse(annotationsForJackson3 ? "?" : "< 2.20"),
        "needed", needed,
        "jackson2", jackson2.toString(),
        "jackson3", jackson3,
        "oldest", OLDEST_DATABIND.toString(),
        "sdkJson", sdkJson.orElse("?"),
        "sdkJackson2", sdkJackson2.orElse("?"));
    return new IncompatibleJacksonException(code, locale -> TEXTS.format(code + "." + why, locale, arguments));
  }

  /**
   * @param version a version such as {@code 2.21} or {@code 2.19.2}
   * @return its minor number
   */
  static Optional<Integer> minorOf(String version) {
    Matcher matcher = MAJOR_MINOR.matcher(version.strip());
    return matcher.matches() && matcher.group(1).equals("2") ? Optional.of(Integer.parseInt(matcher.group(2)))
        : Optional.empty();
  }

  /** Its jar's manifest on the class path, its module descriptor on the module path, when either says. */
  private static Optional<String> annotationsVersion() {
    String fromManifest = JsonProperty.class.getPackage().getImplementationVersion();
    if (fromManifest != null) {
      return Optional.of(fromManifest);
    }
    ModuleDescriptor descriptor = JsonProperty.class.getModule().getDescriptor();
    return descriptor == null ? Optional.empty() : descriptor.rawVersion();
  }

  private static boolean present(String className) {
    try {
      Class.forName(className, false, JsonProperty.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError absent) {
      return false;
    }
  }

  private static Optional<String> known(String version) {
    return version.isEmpty() || version.startsWith("0.0.0") ? Optional.empty() : Optional.of(version);
  }

  private static Version read() {
    Properties properties = new Properties();
    try (InputStream in = JacksonVersions.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return Version.unknownVersion();
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read partnership-json-jackson2's version.properties", e);
    }
    return VersionUtil.parseVersion(properties.getProperty("version"), properties.getProperty("groupId"),
        properties.getProperty("artifactId"));
  }
}
