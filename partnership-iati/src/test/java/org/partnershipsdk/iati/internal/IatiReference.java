package org.partnershipsdk.iati.internal;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The IATI reference data the module's resources were taken from ({@code shared/iati}, beside the
 * checkout: its README gives their sources and commits), read where it lies so that tests compare
 * the SDK with the originals, not with copies of them. The system property
 * {@code partnership.iatiReference} names another place. Where the directory is absent (a clone on
 * its own), the tests that need it are skipped, with its path in the reason.
 */
final class IatiReference {
  private static final Path ROOT = Path.of(System.getProperty("partnership.iatiReference",
      Path.of("..", "..", "shared", "iati").toString()));

  private IatiReference() {}

  /**
   * @param relative a path under the reference directory, such as {@code rulesets/SPEC.rst}
   * @return the file
   */
  static Path file(String relative) {
    Path file = ROOT.resolve(relative);
    assumeTrue(Files.isRegularFile(file), () -> "The IATI reference data is not at " + file.toAbsolutePath().normalize());
    return file;
  }
}
