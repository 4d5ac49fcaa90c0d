package org.partnershipsdk.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.partnershipsdk.core.organisation.Organisation;
import org.partnershipsdk.testkit.GenContext;
import org.partnershipsdk.testkit.Seeds;

/**
 * A redacted document leaves out every property the SDK does not know, at every depth, persons
 * included: it cannot tell whether they hold personal data. Found by a fuzzing campaign: they were
 * written as they were read.
 */
class RedactedUnknownPropertiesTest {
  private static final PartnershipJson JSON = PartnershipJson.create();
  private static final String ORGANISATION = """
      {"type":"organisation","schemaVersion":"1.0","data":{"id":"cripadd","name":"CRIPADD","nature":"association",
      "contactPersons":[{"name":"Jeanne Exemple","email":"jeanne@example.org","privatePhone":"+33 6 12 34 56 78"}],
      "internalNote":"call Jeanne at home"}}""";
  private static final List<String> LEAKS = List.of("Jeanne", "jeanne@example.org", "privatePhone", "+33 6 12 34 56 78",
      "internalNote", "call Jeanne at home");

  @Test
  void noOutputOfTheRedactingWriterHoldsAnUnknownProperty(@TempDir Path folder) throws Exception {
    Organisation organisation = JSON.read(DocumentType.ORGANISATION, ORGANISATION);
    assertThat(organisation.unknownProperties()).containsKey("internalNote");
    RedactingWriter redacting = JSON.redacting();

    StringWriter writer = new StringWriter();
    redacting.write(DocumentType.ORGANISATION, organisation, writer);
    ByteArrayOutputStream stream = new ByteArrayOutputStream();
    redacting.write(DocumentType.ORGANISATION, organisation, stream);
    Path file = folder.resolve("shared.json");
    redacting.write(DocumentType.ORGANISATION, organisation, file);

    List<String> outputs = List.of(redacting.write(DocumentType.ORGANISATION, organisation),
        new String(redacting.writeBytes(DocumentType.ORGANISATION, organisation), StandardCharsets.UTF_8),
        writer.toString(), stream.toString(StandardCharsets.UTF_8), Files.readString(file),
        JSON.indented().redacting().write(DocumentType.ORGANISATION, organisation));
    for (String output : outputs) {
      assertThat(output).doesNotContain(LEAKS).contains("\"name\":\"<personal data>\"".replace(":", output.contains(" : ") ? " : " : ":"));
    }
  }

  @TestFactory
  Stream<DynamicTest> unknownPropertiesChangeNothingInARedactedDocument() {
    return ModelDocuments.ALL.stream().flatMap(kind -> Seeds.list(30).stream()
        .map(seed -> DynamicTest.dynamicTest(kind + ", seed " + seed, () -> check(kind, seed))));
  }

  private static <T> void check(ModelDocuments.Kind<T> kind, long seed) {
    T value = kind.generate(seed);
    UnknownInjection injected = UnknownInjection.into(JSON.write(kind.type(), value), GenContext.of(seed), 0.5);
    T read = JSON.read(kind.type(), injected.document());
    String withUnknown = JSON.redacting().write(kind.type(), read);
    assertThat(withUnknown).isEqualTo(JSON.redacting().write(kind.type(), value));
    if (!injected.pointers().isEmpty()) {
      assertThat(JSON.write(kind.type(), read)).as("the plain writer keeps them").isEqualTo(injected.document());
    }
  }
}
