package org.partnershipsdk.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnershipsdk.core.model.IncompleteValueException;
import org.partnershipsdk.core.model.PersonalData;

/**
 * The rules of the redacting writer on small types of its own, each rule alone: persons kept as
 * shells, texts masked, other personal values left out, the rest unchanged.
 */
class RedactionRulesTest {
  private static final DocumentType<Holder> HOLDER = DocumentType.of("test-holder", Holder.class);
  private static final Person AWA = new Person("Awa Fictive", Optional.of("awa@example.org"), List.of("hydrology"), 42);
  private static final Holder HOLDER_VALUE = new Holder("Moulenda", "a secret", Optional.of("a note"), List.of(AWA, AWA),
      Optional.of(AWA), 7);

  @TempDir
  Path directory;

  @Test
  void personsStayAsShellsTextsAreMaskedAndEverythingElsePersonalIsLeftOut() {
    assertThat(PartnershipJson.create().redacting().write(HOLDER, HOLDER_VALUE)).isEqualTo(
        "{\"type\":\"test-holder\",\"schemaVersion\":\"" + PartnershipJson.SCHEMA_VERSION + "\",\"data\":{\"title\":\"Moulenda\","
            + "\"secret\":\"<personal data>\",\"people\":[{\"name\":\"<personal data>\"},{\"name\":\"<personal data>\"}],"
            + "\"lead\":{\"name\":\"<personal data>\"},\"count\":7}}");
  }

  @Test
  void theOrdinaryWriterWritesEverything() {
    assertThat(PartnershipJson.create().write(HOLDER, HOLDER_VALUE))
        .contains("\"secret\":\"a secret\"", "\"note\":\"a note\"", "awa@example.org", "hydrology", "42");
  }

  @Test
  void everySinkGivesTheSameBytes() throws Exception {
    RedactingWriter redacting = PartnershipJson.create().indented().redacting();
    assertThat(redacting.isIndented()).isTrue();
    String text = redacting.write(HOLDER, HOLDER_VALUE);
    assertThat(text).startsWith("{\n  \"type\" : \"test-holder\"");
    assertThat(new String(redacting.writeBytes(HOLDER, HOLDER_VALUE), StandardCharsets.UTF_8)).isEqualTo(text);
    StringWriter writer = new StringWriter();
    redacting.write(HOLDER, HOLDER_VALUE, writer);
    assertThat(writer).hasToString(text);
    ByteArrayOutputStream stream = new ByteArrayOutputStream();
    redacting.write(HOLDER, HOLDER_VALUE, stream);
    assertThat(stream.toString(StandardCharsets.UTF_8)).isEqualTo(text);
    Path file = directory.resolve("redacted.json");
    redacting.write(HOLDER, HOLDER_VALUE, file);
    assertThat(Files.readString(file)).isEqualTo(text);
    assertThat(redacting).hasToString("RedactingWriter{indented=true}");
  }

  @Test
  void nullArgumentsAreIncompleteValues() {
    RedactingWriter redacting = PartnershipJson.create().redacting();
    assertThatThrownBy(() -> redacting.write(HOLDER, null)).isInstanceOf(IncompleteValueException.class);
    assertThatThrownBy(() -> redacting.write(null, HOLDER_VALUE)).isInstanceOf(IncompleteValueException.class);
    assertThatThrownBy(() -> redacting.write(HOLDER, HOLDER_VALUE, (Path) null))
        .isInstanceOf(IncompleteValueException.class);
    assertThatThrownBy(() -> redacting.write(HOLDER, HOLDER_VALUE, (StringWriter) null))
        .isInstanceOf(IncompleteValueException.class);
  }

  /**
   * A person: every attribute is personal.
   *
   * @param name masked
   * @param email left out
   * @param skills left out
   * @param age left out
   */
  @PersonalData
  @JsonPropertyOrder({"name", "email", "skills", "age"})
  public record Person(String name, Optional<String> email, List<String> skills, int age) {}

  /**
   * A value holding persons and personal attributes.
   *
   * @param title not personal: unchanged
   * @param secret a personal text: masked
   * @param note a personal optional text: left out
   * @param people persons: kept as shells
   * @param lead a person: kept as a shell
   * @param count not personal: unchanged
   */
  @JsonPropertyOrder({"title", "secret", "note", "people", "lead", "count"})
  public record Holder(String title, @PersonalData String secret, @PersonalData Optional<String> note,
      List<Person> people, Optional<Person> lead, int count) {}
}
