package org.partnershipsdk.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * The table of properties in docs/wire-format.md is the binding's: every type, every property, in
 * order. After a change to the binding table, regenerate it with
 * {@code ./mvnw -B -pl partnership-json -am verify -Dtest=WireFormatDocTest -Dsurefire.failIfNoSpecifiedTests=false -Dpartnership.updateDocs=true}.
 */
class WireFormatDocTest {
  private static final Path DOC = Path.of("..", "docs", "wire-format.md");
  private static final String START = "<!-- properties:start -->";
  private static final String END = "<!-- properties:end -->";

  @Test
  void theTableOfPropertiesListsEveryBoundTypeWithItsPropertiesInOrderAndTheRequiredOnesInBold()
      throws IOException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    String table = doc.substring(doc.indexOf(START) + START.length(), doc.indexOf(END)).strip();
    List<String> rows = new ArrayList<>(List.of("| type | properties |", "| --- | --- |"));
    for (ObjectBinding object : Bindings.objects()) {
      rows.add(row(object.type()));
    }
    String expected = String.join("\n", rows);
    if (Boolean.getBoolean("partnership.updateDocs")) {
      Files.writeString(DOC, doc.substring(0, doc.indexOf(START) + START.length()) + "\n" + expected + "\n"
          + doc.substring(doc.indexOf(END)), StandardCharsets.UTF_8);
      table = expected;
    }
    assertThat(table).as("docs/wire-format.md is out of date: regenerate it with -Dpartnership.updateDocs=true")
        .isEqualTo(expected);
  }

  private static String row(Class<?> type) {
    List<String> properties = new ArrayList<>();
    for (String name : Bindings.propertyOrder(type)) {
      properties.add(isRequired(type, name) ? "**`" + name + "`**" : "`" + name + "`");
    }
    return "| `" + type.getSimpleName() + "` | " + String.join(", ", properties) + " |";
  }

  /** A property is required when the builder cannot do without it: abstract, and neither optional nor a collection. */
  private static boolean isRequired(Class<?> type, String name) {
    try {
      Method accessor = type.getMethod(name);
      Class<?> returned = accessor.getReturnType();
      return Modifier.isAbstract(accessor.getModifiers()) && returned != Optional.class
          && returned != OptionalInt.class && returned != OptionalLong.class
          && !Collection.class.isAssignableFrom(returned) && !Map.class.isAssignableFrom(returned);
    } catch (NoSuchMethodException e) {
      throw new AssertionError(type + " has no accessor " + name, e);
    }
  }
}
