package org.partnershipsdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every public type of every published module and of these examples has a Javadoc comment, and so has every package. */
class PublicApiDocumentedTest {
  private static final Pattern PUBLIC_TYPE = Pattern.compile(
      "^\\s*public\\s+(static\\s+)?(final\\s+|abstract\\s+|sealed\\s+)*(class|interface|enum|record|@interface)\\s+\\w+.*");
  private static final List<String> MODULES = List.of("partnership-core", "partnership-testkit", "partnership-json",
      "partnership-json-jackson2", "partnership-examples", "partnership-spring-boot", "partnership-example-service");

  @Test
  void everyPublicTypeAndPackageIsDocumented() throws IOException {
    List<String> undocumented = new ArrayList<>();
    for (String module : MODULES) {
      Path sources = Path.of("..", module, "src", "main", "java");
      if (!Files.isDirectory(sources)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(sources)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
          undocumented.addAll(undocumentedIn(file));
        }
      }
    }
    assertThat(undocumented).isEmpty();
  }

  private static List<String> undocumentedIn(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file);
    List<String> problems = new ArrayList<>();
    String name = file.getFileName().toString();
    if (name.equals("package-info.java") || name.equals("module-info.java")) {
      if (lines.stream().noneMatch(l -> l.strip().startsWith("/**"))) {
        problems.add(file + ": no Javadoc");
      }
      return problems;
    }
    for (int i = 0; i < lines.size(); i++) {
      if (PUBLIC_TYPE.matcher(lines.get(i)).matches() && !documentedAbove(lines, i)) {
        problems.add(file + ":" + (i + 1) + ": " + lines.get(i).strip());
      }
    }
    return problems;
  }

  /** Documented when only annotations stand between the declaration and the comment before it. */
  private static boolean documentedAbove(List<String> lines, int index) {
    String before = String.join("\n", lines.subList(0, index));
    int comment = before.lastIndexOf("*/");
    if (comment < 0) {
      return false;
    }
    String between = before.substring(comment + 2);
    int depth = 0;
    for (char c : between.toCharArray()) {
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (depth == 0 && (c == ';' || c == '{' || c == '}')) {
        return false; // code, not annotations, stands between: the comment belongs to something else
      }
    }
    return true;
  }
}
