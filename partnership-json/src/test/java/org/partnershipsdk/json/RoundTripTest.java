package org.partnershipsdk.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.partnershipsdk.testkit.Gen;
import org.partnershipsdk.testkit.GenContext;
import org.partnershipsdk.testkit.Seeds;

/**
 * Written then read back equals the original; written twice is byte-identical; read then written
 * again gives the same bytes (unknown properties included, although they take no part in equality);
 * through every source and sink. Over the testkit's generated values of every document type.
 */
class RoundTripTest {
  private static final PartnershipJson JSON = PartnershipJson.create();
  private static final int SEEDS_PER_DOCUMENT_TYPE = 100;

  @TempDir
  Path directory;

  @TestFactory
  Stream<DynamicContainer> everyDocumentTypeOfTheModel() {
    return ModelDocuments.ALL.stream().map(kind -> DynamicContainer.dynamicContainer(kind.type().name(),
        roundTrips(kind, SEEDS_PER_DOCUMENT_TYPE)));
  }

  @TestFactory
  Stream<DynamicTest> territories() {
    return roundTrips(TestDocuments.TERRITORY, WireGenerators.territories(), 100);
  }

  @TestFactory
  Stream<DynamicTest> periods() {
    return roundTrips(TestDocuments.PERIOD, WireGenerators.periods(), 100);
  }

  @TestFactory
  Stream<DynamicTest> samplesHoldingEveryBoundType() {
    return roundTrips(TestDocuments.SAMPLE, WireGenerators.samples(), 100);
  }

  private <T> Stream<DynamicTest> roundTrips(ModelDocuments.Kind<T> kind, int count) {
    return roundTrips(kind.type(), context -> kind.generate(context.seed()), count);
  }

  private <T> Stream<DynamicTest> roundTrips(DocumentType<T> type, Gen<T> gen, int count) {
    return Seeds.list(count).stream().map(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
      GenContext context = GenContext.of(seed);
      T value = gen.generate(context);
      PartnershipJson json = context.chance(0.3) ? JSON.indented() : JSON;
      byte[] written = write(json, type, value, context.intBetween(0, 4), seed);
      assertThat(write(json, type, value, context.intBetween(0, 4), seed)).isEqualTo(written);
      T read = read(json, type, written, context.intBetween(0, 4), seed);
      assertThat(read).isEqualTo(value);
      // Unknown properties take no part in equality: the bytes show they came back unchanged.
      assertThat(json.writeBytes(type, read)).isEqualTo(written);
    }));
  }

  private <T> byte[] write(PartnershipJson json, DocumentType<T> type, T value, int sink, long seed) throws Exception {
    switch (sink) {
      case 0 -> {
        return json.write(type, value).getBytes(StandardCharsets.UTF_8);
      }
      case 1 -> {
        return json.writeBytes(type, value);
      }
      case 2 -> {
        StringWriter out = new StringWriter();
        json.write(type, value, out);
        return out.toString().getBytes(StandardCharsets.UTF_8);
      }
      case 3 -> {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        json.write(type, value, out);
        return out.toByteArray();
      }
      default -> {
        Path file = directory.resolve("written-" + seed + ".json");
        json.write(type, value, file);
        return Files.readAllBytes(file);
      }
    }
  }

  private <T> T read(PartnershipJson json, DocumentType<T> type, byte[] document, int source, long seed) throws Exception {
    return switch (source) {
      case 0 -> json.read(type, new String(document, StandardCharsets.UTF_8));
      case 1 -> json.read(type, document);
      case 2 -> json.read(type, new StringReader(new String(document, StandardCharsets.UTF_8)));
      case 3 -> json.read(type, new ByteArrayInputStream(document));
      default -> {
        Path file = directory.resolve("read-" + seed + ".json");
        Files.write(file, document);
        yield json.read(type, file);
      }
    };
  }
}
