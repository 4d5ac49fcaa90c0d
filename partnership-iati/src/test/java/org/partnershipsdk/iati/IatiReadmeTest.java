package org.partnershipsdk.iati;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnershipsdk.core.portfolio.Portfolio;
import org.partnershipsdk.testkit.RealCases;

/** The top-level README's "IATI 2.03: export and check" example, line for line, on the real cases. */
class IatiReadmeTest {
  private static final String FILE = "Path file = Path.of(\"activities.xml\");\n";
  private static final String CODE = """
      try (OutputStream out = Files.newOutputStream(file)) {
        IatiExport export = IatiExporter.builder().language("fr").build().write(portfolio, out);
        export.leftOut().forEach((initiative, why) -> System.out.println(initiative + ": " + why));
      }
      IatiReport report = IatiChecker.standard().check(file);
      report.findings().forEach(f -> System.out.println(f.ruleId() + " " + f.xpath() + ": " + f.message(Locale.FRENCH)));
      """;

  @TempDir
  Path folder;

  @Test
  void theReadmeExportsTheRealCasesToAFileWithoutErrors() throws IOException {
    Portfolio portfolio = RealCases.portfolio();
    Path file = folder.resolve("activities.xml");
    List<String> printed = new ArrayList<>();
    try (OutputStream out = Files.newOutputStream(file)) {
      IatiExport export = IatiExporter.builder().language("fr").build().write(portfolio, out);
      export.leftOut().forEach((initiative, why) -> printed.add(initiative + ": " + why));
    }
    IatiReport report = IatiChecker.standard().check(file);
    report.findings().forEach(f -> printed.add(f.ruleId() + " " + f.xpath() + ": " + f.message(Locale.FRENCH)));

    assertThat(readmeBlock()).as("the README's code is the code run here").isEqualTo(FILE + CODE.stripTrailing());
    assertThat(report.activities()).isEqualTo(portfolio.initiatives().size());
    assertThat(report.hasErrors()).as(printed.toString()).isFalse();
    assertThat(Files.readString(file)).contains("xml:lang=\"fr\"");
  }

  private static String readmeBlock() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    int section = readme.indexOf("## IATI 2.03: export and check");
    assertThat(section).as("the README's IATI section").isNotNegative();
    int start = readme.indexOf("```java\n", section) + "```java\n".length();
    return readme.substring(start, readme.indexOf("```", start)).stripTrailing();
  }
}
