package org.partnershipsdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnershipsdk.core.rules.Profiles;
import org.partnershipsdk.core.rules.RulesEngine;
import org.partnershipsdk.cli.CliFixtures.Run;
import org.partnershipsdk.json.DocumentType;
import org.partnershipsdk.json.PartnershipJson;
import org.partnershipsdk.testkit.RealCases;

/**
 * The built {@code target/partnership-cli.jar}, run with {@code java -jar} as a user would: it holds
 * no testkit class and needs none. Runs after {@code package} (the module's pom binds it to
 * {@code integration-test}), not with the unit tests.
 */
class PartnershipCliJarTest {
  private static final Path JAR = Path.of("target", "partnership-cli.jar");

  @TempDir
  Path dir;

  @Test
  void theJarHoldsTheCheckerAndNoTestkit() throws IOException {
    assertThat(JAR).isRegularFile();
    try (JarFile jar = new JarFile(JAR.toFile())) {
      assertThat(jar.getManifest().getMainAttributes().getValue("Main-Class")).isEqualTo(PartnershipCli.class.getName());
      List<String> entries = jar.stream().map(e -> e.getName()).toList();
      assertThat(entries).contains("org/partnershipsdk/cli/PartnershipCli.class",
          "org/partnershipsdk/json/PartnershipJson.class", "org/partnershipsdk/core/rules/RulesEngine.class");
      assertThat(entries).noneMatch(name -> name.startsWith("org/partnershipsdk/testkit/"));
    }
  }

  @Test
  void checkOnTheRealCasesPrintsTheTableTheCheckerPrintsInProcess() throws Exception {
    Path file = dir.resolve("real-cases.json");
    PartnershipJson.create().indented().write(DocumentType.PORTFOLIO, RealCases.portfolio(), file);
    String[] args = {"check", "--profile", "caac", "--as-of", RealCases.asOf().toString(), file.toString()};
    Run jar = java(args);
    boolean errors = RulesEngine.of(Profiles.byName("caac").orElseThrow(), RealCases.clock())
        .evaluate(RealCases.portfolio()).hasErrors();
    assertThat(jar.err()).isEmpty();
    assertThat(jar.exitCode()).isEqualTo(errors ? PartnershipCli.ERRORS : PartnershipCli.OK);
    assertThat(jar.out()).startsWith("Check with profile caac, as of " + RealCases.asOf())
        .isEqualTo(CliFixtures.runOnFiles(args).out());
  }

  @Test
  void theJarLoadsARuleFileWithItsExpressionLanguage() throws Exception {
    String officer = "../partnership-examples/src/main/resources/examples/rules/programme-officer.rules.yaml";
    Run validate = java("rules", "--validate", officer);
    assertThat(validate.err()).isEmpty();
    assertThat(validate.out()).isEqualTo(officer + ": valid, 2 rules, profile acme\n");
    Path file = dir.resolve("real-cases.json");
    PartnershipJson.create().write(DocumentType.PORTFOLIO, RealCases.portfolio(), file);
    String[] args = {"check", "--lang", "fr", "--as-of", RealCases.asOf().toString(), "--rules", officer, file.toString()};
    Run check = java(args);
    assertThat(check.err()).isEmpty();
    assertThat(check.out()).contains("acme").isEqualTo(CliFixtures.runOnFiles(args).out());
  }

  @Test
  void anUnreadableFileGivesOneLineAndNoStackTrace() throws Exception {
    Path file = Files.writeString(dir.resolve("truncated.json"), "{\"type\": \"mission\", \"data\": {\"id\": ");
    Run jar = java("check", "--lang", "fr", file.toString());
    assertThat(jar.exitCode()).isEqualTo(PartnershipCli.UNREADABLE);
    assertThat(jar.err().lines()).singleElement().asString().startsWith(file + ":1:").contains(" : json.malformed à ");
  }

  @Test
  void explainRunsInFrench() throws Exception {
    Run jar = java("explain", "--lang", "fr", "mission.return.report-missing");
    assertThat(jar.exitCode()).isEqualTo(PartnershipCli.OK);
    assertThat(jar.out()).isEqualTo(CliFixtures.runOnFiles("explain", "--lang", "fr", "mission.return.report-missing")
        .out());
  }

  @Test
  void underSixtyFourMegabytesOfHeapAHugeFileAndAnEndlessDeviceAreRefusedInOneLine() throws Exception {
    Path huge = dir.resolve("huge.json");
    try (RandomAccessFile sparse = new RandomAccessFile(huge.toFile(), "rw")) {
      sparse.setLength(300L * 1024 * 1024); // more bytes than any document within the limit can take
    }
    Run tooLong = java(List.of("-Xmx64m"), "check", huge.toString());
    assertThat(tooLong.exitCode()).isEqualTo(PartnershipCli.UNREADABLE);
    assertThat(tooLong.err().lines()).singleElement().asString()
        .startsWith(huge + ": json.limit.exceeded").contains("maxDocumentLength", "--no-length-limit");
    if (Files.exists(Path.of("/dev/zero"))) {
      Run zeros = java(List.of("-Xmx64m"), "check", "/dev/zero");
      assertThat(zeros.exitCode()).isEqualTo(PartnershipCli.UNREADABLE);
      assertThat(zeros.err().lines()).singleElement().asString().startsWith("/dev/zero:1:1: json.malformed");
    }
  }

  /**
   * An endless well-formed stream (blanks, which JSON allows between tokens) is parsed as it comes and
   * refused at the limit: a reader that buffered the stream before parsing would run out of 64 MB of
   * heap long before 64 Mi characters, and end in an OutOfMemoryError rather than this refusal.
   */
  @Test
  void underSixtyFourMegabytesOfHeapAnEndlessStreamOfBlanksOnStandardInputIsRefusedAtTheLimit() throws Exception {
    List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx64m",
        "-jar", JAR.toString(), "check", "/dev/stdin");
    Assumptions.assumeTrue(Files.exists(Path.of("/dev/stdin")), "a system with /dev/stdin");
    Path out = Files.createTempFile(dir, "out", ".txt");
    Path err = Files.createTempFile(dir, "err", ".txt");
    Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    Thread blanks = new Thread(() -> {
      byte[] chunk = new byte[64 * 1024];
      java.util.Arrays.fill(chunk, (byte) ' ');
      try (OutputStream in = process.getOutputStream()) {
        in.write("{\"type\":\"organisation\",\"schemaVersion\":\"1.0\",\"data\":{".getBytes(StandardCharsets.UTF_8));
        while (true) {
          in.write(chunk);
        }
      } catch (IOException checkerStoppedReading) {
        // The checker refused the stream and exited: the pipe is closed.
      }
    }, "blanks");
    blanks.setDaemon(true);
    blanks.start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the checker stopped reading").isTrue();
    blanks.join(10_000);
    String errors = Files.readString(err, StandardCharsets.UTF_8);
    assertThat(process.exitValue()).as(errors).isEqualTo(PartnershipCli.UNREADABLE);
    assertThat(errors.lines()).singleElement().asString()
        .startsWith("/dev/stdin").contains("json.limit.exceeded", "maxDocumentLength")
        .doesNotContain("OutOfMemoryError");
  }

  @Test
  void aDocumentWithoutDataIsUnreadableInTextAndInJson() throws Exception {
    Path file = Files.writeString(dir.resolve("null.json"), "{\"type\":\"organisation\",\"schemaVersion\":\"1.0\",\"data\":null}");
    Run text = java("check", file.toString());
    assertThat(text.exitCode()).isEqualTo(PartnershipCli.UNREADABLE);
    assertThat(text.err().lines()).singleElement().asString().contains("json.type-mismatch at /data");
    Run json = java("check", "--format", "json", file.toString());
    assertThat(json.exitCode()).isEqualTo(PartnershipCli.UNREADABLE);
    assertThat(json.out()).contains("\"status\" : \"unreadable\"", "\"pointer\" : \"/data\"");
  }

  private Run java(String... args) throws IOException, InterruptedException {
    return java(List.of(), args);
  }

  private Run java(List<String> jvmOptions, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    command.addAll(jvmOptions);
    command.addAll(List.of("-jar", JAR.toString()));
    command.addAll(List.of(args));
    Path out = Files.createTempFile(dir, "out", ".txt");
    Path err = Files.createTempFile(dir, "err", ".txt");
    Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("java -jar %s finished", args[0]).isTrue();
    return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }
}
