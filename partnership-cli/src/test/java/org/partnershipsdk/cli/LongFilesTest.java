package org.partnershipsdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnershipsdk.cli.CliFixtures.Run;
import org.partnershipsdk.json.DocumentType;
import org.partnershipsdk.json.PartnershipJson;
import org.partnershipsdk.testkit.RealCases;

/**
 * A file longer than the whole-document limit is unreadable, with a hint, unless the user says they
 * trust it with {@code --no-length-limit}: then it is checked (or exported) as any other.
 */
class LongFilesTest {
  @TempDir
  Path dir;

  @Test
  void checkReadsALongFileOnlyWhenTrusted() throws IOException {
    String file = longRealCases();
    String asOf = RealCases.asOf().toString();

    Run limited = CliFixtures.runOnFiles("check", "--as-of", asOf, file);
    Run trusted = CliFixtures.runOnFiles("check", "--as-of", asOf, "--no-length-limit", file);
    Run limitedFr = CliFixtures.runOnFiles("check", "--lang", "fr", "--as-of", asOf, file);

    assertThat(limited.exitCode()).isEqualTo(PartnershipCli.UNREADABLE);
    assertThat(limited.err()).contains("json.limit.exceeded", "maxDocumentLength",
        "; if you trust this file, --no-length-limit reads it whole");
    assertThat(limited.err().lines()).as("the refusal and its hint on one line").singleElement().asString()
        .startsWith(file + ":").contains("json.limit.exceeded", "--no-length-limit");
    assertThat(limitedFr.err()).contains("si vous avez confiance en ce fichier, --no-length-limit");
    assertThat(trusted.err()).isEmpty();
    assertThat(trusted.exitCode()).isIn(PartnershipCli.OK, PartnershipCli.ERRORS);
    assertThat(trusted.out()).contains(file + " (portfolio)").containsPattern("errors: \\d+, warnings: \\d+");
  }

  @Test
  void exportIatiReadsALongFileOnlyWhenTrusted() throws IOException {
    String file = longRealCases();

    Run limited = CliFixtures.runOnFiles("export-iati", file);
    Run trusted = CliFixtures.runOnFiles("export-iati", "--no-length-limit", file);

    assertThat(limited.exitCode()).isEqualTo(PartnershipCli.UNREADABLE);
    assertThat(limited.err()).contains("--no-length-limit");
    assertThat(trusted.out()).contains("<iati-activities", "</iati-activities>");
  }

  /** The real cases as a portfolio document followed by 65 MiB of blanks, which JSON allows. */
  private String longRealCases() throws IOException {
    Path file = dir.resolve("long.json");
    byte[] blanks = new byte[1024 * 1024];
    Arrays.fill(blanks, (byte) ' ');
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write(PartnershipJson.create().write(DocumentType.PORTFOLIO, RealCases.portfolio())
          .getBytes(StandardCharsets.UTF_8));
      for (int i = 0; i < 65; i++) {
        out.write(blanks);
      }
    }
    return file.toString();
  }
}
