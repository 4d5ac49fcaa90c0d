package org.partnershipsdk.json.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import tools.jackson.core.Version;
import tools.jackson.core.util.VersionUtil;

/**
 * The SDK's version, written by the build into {@code version.properties} beside this class (the
 * value the jar's manifest carries as {@code Implementation-Version}). Read from the module's own
 * resource rather than from a manifest, so that it is right in a shaded jar and in tests too. Not
 * for public use.
 */
public final class SdkVersion {
  /** The version of this build of partnership-json. */
  public static final Version VERSION = read();

  private SdkVersion() {}

  private static Version read() {
    Properties properties = new Properties();
    try (InputStream in = SdkVersion.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return Version.unknownVersion();
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read partnership-json's version.properties", e);
    }
    return VersionUtil.parseVersion(properties.getProperty("version"),
        properties.getProperty("groupId"), properties.getProperty("artifactId"));
  }
}
