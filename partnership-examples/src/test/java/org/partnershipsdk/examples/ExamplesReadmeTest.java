package org.partnershipsdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The module's README lists every runnable example with a link to it and the command to run it. */
class ExamplesReadmeTest {
  private static final Path EXAMPLES = Path.of("src", "main", "java", "org", "partnershipsdk", "examples");

  @Test
  void everyExampleWithAMainIsListedWithItsCommand() throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    List<String> examples = examplesWithAMain();
    assertThat(examples).contains("AnalyseReciprocity", "BuildInitiativeAndMission", "CustomRule",
        "MoveThroughCycle", "QuickStart", "ReadWriteJson", "RunProfiles", "StreamingDemo", "ValidateDraft");
    for (String example : examples) {
      assertThat(readme).as(example).contains("| [`" + example + "`](src/main/java/org/partnershipsdk/examples/"
          + example + ".java) |");
      if (!example.equals("QuickStart")) { // the default main class
        assertThat(readme).as(example).contains("exec:java -Dexec.mainClass=org.partnershipsdk.examples." + example + "`");
      }
    }
  }

  private static List<String> examplesWithAMain() throws IOException {
    try (Stream<Path> files = Files.list(EXAMPLES)) {
      return files.filter(f -> f.toString().endsWith(".java"))
          .filter(f -> read(f).contains("public static void main(String[] args)"))
          .map(f -> f.getFileName().toString().replace(".java", ""))
          .sorted()
          .toList();
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
