package org.partnershipsdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.partnershipsdk.cli.CliFixtures.Run;
import org.partnershipsdk.json.PartnershipJson;
import tools.jackson.databind.JsonNode;

/**
 * {@code check} on every bad-input golden file of partnership-json ({@code fail_*.json}, each with
 * an {@code .expected} sidecar: the document type it is read as, the reader, the code, the JSON
 * Pointer and for some the line and column). The checker must exit with 2 and name the file, the
 * code, the pointer and the line and column when the sidecar gives them, without a stack trace. The one exception is the validating reader's {@code json.validation.failed}: the
 * checker reads without validating and reports every violation as an error finding, so that file
 * exits with 1 and its violation is reported at the pointer's property.
 *
 * <p>The folder is partnership-json's ({@value #GOLDEN}, from this module's folder); the system
 * property {@value #GOLDEN_PROPERTY} names another. A folder without {@code fail_*} files fails the
 * test rather than letting it pass on nothing.
 */
class BadInputGoldenTest {
  static final String GOLDEN = "../partnership-json/src/test/resources/golden";
  static final String GOLDEN_PROPERTY = "partnership.golden.dir";
  private static final String VALIDATION_FAILED = "json.validation.failed";

  static Stream<Path> badInputs() throws IOException {
    Path folder = Path.of(System.getProperty(GOLDEN_PROPERTY, GOLDEN));
    List<Path> files = new ArrayList<>();
    if (Files.isDirectory(folder)) {
      try (Stream<Path> listed = Files.list(folder)) {
        listed.filter(f -> f.getFileName().toString().matches("fail_.*\\.json")).sorted().forEach(files::add);
      }
    }
    assertThat(files).as("the bad-input golden files fail_*.json in %s", folder.toAbsolutePath().normalize())
        .isNotEmpty();
    return files.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badInputs")
  void theCheckerNamesTheFileTheCodeAndThePointer(Path file) throws IOException {
    Properties expected = sidecar(file);
    String code = expected.getProperty("code");
    String pointer = expected.getProperty("pointer", "");
    List<String> args = new ArrayList<>(List.of("check", "--as-of", "2024-06-30", "--type",
        expected.getProperty("document")));
    if (expected.getProperty("reader", "default").equals("strict")) {
      args.add("--strict");
    }
    args.add(file.toString());
    Run text = CliFixtures.runOnFiles(args.toArray(String[]::new));
    args.add(0, "--format=json");
    Run json = CliFixtures.runOnFiles(args.toArray(String[]::new));
    assertThat(text.err() + json.err()).doesNotContain("Exception", "\tat ");

    if (code.equals(VALIDATION_FAILED)) {
      assertThat(text.exitCode()).isEqualTo(PartnershipCli.ERRORS);
      assertThat(text.out()).contains(file + " (" + expected.getProperty("document") + ")");
      assertThat(PartnershipJson.mapper().readTree(json.out()).get("findings")).anySatisfy(finding -> {
        assertThat(finding.get("file").asString()).isEqualTo(file.toString());
        assertThat(finding.get("source").asString()).isEqualTo("validation");
        assertThat(finding.get("severity").asString()).isEqualTo("error");
        assertThat(finding.get("path").asString()).isEqualTo(propertyPath(pointer));
      });
      return;
    }
    assertThat(text.exitCode()).isEqualTo(PartnershipCli.UNREADABLE);
    assertThat(json.exitCode()).isEqualTo(PartnershipCli.UNREADABLE);
    String at = " " + code + " at " + (pointer.isEmpty() ? "the document's root" : pointer) + ": ";
    String location = expected.containsKey("line")
        ? file + ":" + expected.getProperty("line") + ":" + expected.getProperty("column") + ":"
        : file + ":";
    assertThat(text.err().lines()).anySatisfy(line -> assertThat(line).startsWith(location).contains(at));
    assertThat(text.out()).contains(file + System.lineSeparator()
        + "  not checked: cannot be read as a document [" + code + "]");
    JsonNode reported = PartnershipJson.mapper().readTree(json.out()).get("files").get(0);
    assertThat(reported.get("file").asString()).isEqualTo(file.toString());
    assertThat(reported.get("status").asString()).isEqualTo("unreadable");
    assertThat(reported.get("error").get("problems")).anySatisfy(problem -> {
      assertThat(problem.get("code").asString()).isEqualTo(code);
      assertThat(problem.get("pointer").asString()).isEqualTo(pointer);
    });
  }

  /** {@code /data/participants/0/roles} is the property path {@code participants[0].roles}. */
  private static String propertyPath(String pointer) {
    List<String> segments = List.of(pointer.replaceFirst("^/data/?", "").split("/"));
    return DocumentChecker.path(segments.stream().filter(s -> !s.isEmpty()).toList());
  }

  private static Properties sidecar(Path file) throws IOException {
    Path sidecar = file.resolveSibling(file.getFileName().toString().replaceFirst("\\.json$", ".expected"));
    Properties expected = new Properties();
    try (Reader in = Files.newBufferedReader(sidecar, StandardCharsets.UTF_8)) {
      expected.load(in);
    }
    assertThat(expected.getProperty("code")).as("code in %s", sidecar).isNotBlank();
    assertThat(expected.getProperty("document")).as("document in %s", sidecar).isNotBlank();
    return expected;
  }
}
