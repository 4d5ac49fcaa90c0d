package org.partnershipsdk.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.partnershipsdk.testkit.GenContext;
import org.partnershipsdk.testkit.Seeds;

/**
 * Untrusted input: random bytes, truncations and mutations of valid documents, deep nesting and
 * huge values. Whatever the input, a read returns a value or throws a JsonReadException with a
 * stable code, a pointer and messages in both languages; nothing else ever escapes.
 */
class FuzzTest {
  private static final byte[] ALPHABET = "{}[]\",:0123456789.eE-+ tfnrul\\/x\u00e9".getBytes(StandardCharsets.UTF_8);
  private static final List<String> CODES = List.of("json.malformed", "json.type-mismatch", "json.property.missing",
      "json.property.unknown", "json.code.unknown", "json.limit.exceeded", "json.schema-version.unsupported",
      "json.document-type.mismatch", "json.duplicate-key", "json.trailing-tokens", "json.value.invalid",
      "json.validation.failed", "json.io");

  private static final List<DocumentType<?>> TYPES = Stream.concat(
      Stream.of(TestDocuments.SAMPLE, TestDocuments.TERRITORY, TestDocuments.PERIOD),
      DocumentType.values().stream()).toList();

  @TestFactory
  Stream<DynamicTest> randomBytes() {
    return fuzz(300, random -> {
      byte[] bytes = new byte[random.nextInt(0, 300)];
      for (int i = 0; i < bytes.length; i++) {
        bytes[i] = random.nextBoolean() ? (byte) random.nextInt(256) : ALPHABET[random.nextInt(ALPHABET.length)];
      }
      return new Input(bytes, TYPES.get(random.nextInt(TYPES.size())));
    });
  }

  @TestFactory
  Stream<DynamicTest> truncationsOfValidDocuments() {
    return fuzz(800, random -> {
      Input valid = validDocument(random);
      return new Input(Arrays.copyOf(valid.bytes(), random.nextInt(0, valid.bytes().length)), valid.type());
    });
  }

  @TestFactory
  Stream<DynamicTest> mutationsOfValidDocuments() {
    return fuzz(2000, random -> {
      Input valid = validDocument(random);
      byte[] document = valid.bytes();
      for (int mutations = random.nextInt(1, 6); mutations > 0; mutations--) {
        document = mutate(document, random);
      }
      return new Input(document, valid.type());
    });
  }

  @TestFactory
  Stream<DynamicTest> deepNesting() {
    return fuzz(100, random -> {
      int depth = random.nextInt(1, 5000);
      String open = random.nextBoolean() ? "[" : "{\"k\":";
      String close = open.equals("[") ? "]" : "}";
      String nested = open.repeat(depth) + "1" + (random.nextBoolean() ? close.repeat(depth) : "");
      return inside(random, "\"deep\":" + nested);
    });
  }

  @TestFactory
  Stream<DynamicTest> hugeValues() {
    return fuzz(40, random -> {
      int length = random.nextInt(999_000, 1_001_000);
      String huge = switch (random.nextInt(4)) {
        case 0 -> "\"name\":\"" + "é".repeat(length) + "\"";
        case 1 -> "\"name\":\"x\",\"" + "n".repeat(random.nextInt(990, 1010)) + "\":1";
        case 2 -> "\"name\":\"x\",\"n\":" + "9".repeat(random.nextInt(190, 210));
        default -> "\"name\":\"x\",\"n\":[" + "0,".repeat(length / 10) + "0]";
      };
      return inside(random, huge);
    });
  }

  /** @return a territory document, or a portfolio whose first initiative's territory holds the properties */
  private static Input inside(SplittableRandom random, String properties) {
    String territory = "{\"country\":\"FR\"," + properties + "}";
    if (random.nextBoolean()) {
      return new Input(("{\"type\":\"test-territory\",\"schemaVersion\":\"1.0\",\"data\":" + territory + "}")
          .getBytes(StandardCharsets.UTF_8), TestDocuments.TERRITORY);
    }
    return new Input(("{\"type\":\"portfolio\",\"schemaVersion\":\"1.0\",\"data\":{\"initiatives\":[{\"id\":\"i\","
        + "\"territories\":[" + territory + "]}]}}").getBytes(StandardCharsets.UTF_8), DocumentType.PORTFOLIO);
  }

  private static Stream<DynamicTest> fuzz(int count, Function<SplittableRandom, Input> inputs) {
    return Seeds.list(count).stream().map(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
      SplittableRandom random = new SplittableRandom(seed);
      Input input = inputs.apply(random);
      PartnershipJson json = PartnershipJson.create();
      if (random.nextBoolean()) {
        json = json.strict();
      }
      if (random.nextBoolean()) {
        json = json.validating();
      }
      DocumentType<?> type = random.nextInt(10) == 0 ? TYPES.get(random.nextInt(TYPES.size())) : input.type();
      readOnlyFailsWithJsonReadException(json, type, input.bytes(), random.nextInt(3));
      if (type == DocumentType.PORTFOLIO || random.nextInt(10) == 0) {
        streamOnlyFailsWithJsonReadException(json, LISTS.get(random.nextInt(LISTS.size())), input.bytes(),
            random.nextBoolean());
      }
    }));
  }

  private static final List<ItemList<?, ?>> LISTS = List.of(ItemList.PORTFOLIO_ORGANISATIONS,
      ItemList.PORTFOLIO_PROGRAMMES, ItemList.PORTFOLIO_PARTNERSHIPS, ItemList.PORTFOLIO_INITIATIVES,
      ItemList.PORTFOLIO_MISSIONS, ItemList.PORTFOLIO_ASSESSMENTS);

  private static void streamOnlyFailsWithJsonReadException(PartnershipJson json, ItemList<?, ?> list, byte[] input,
      boolean reader) {
    try (JsonItemReader<?> items = reader
        ? json.readItems(list, new InputStreamReader(new ByteArrayInputStream(input), StandardCharsets.UTF_8))
        : json.readItems(list, new ByteArrayInputStream(input))) {
      while (items.hasNext()) {
        assertThat(items.next()).isInstanceOf(list.itemType());
      }
    } catch (JsonReadException e) {
      checkFailure(e);
    } catch (Throwable other) {
      fail("Only a JsonReadException may escape a streamed read, got " + other, other);
    }
  }

  /**
   * A document and the type it is read as.
   *
   * @param bytes the document
   * @param type its type
   */
  private record Input(byte[] bytes, DocumentType<?> type) {}

  private static void readOnlyFailsWithJsonReadException(PartnershipJson json, DocumentType<?> type, byte[] input,
      int source) {
    try {
      Object value = switch (source) {
        case 0 -> json.read(type, input);
        case 1 -> json.read(type, new String(input, StandardCharsets.UTF_8));
        default -> json.read(type, new InputStreamReader(new ByteArrayInputStream(input), StandardCharsets.UTF_8));
      };
      assertThat(value).isInstanceOf(type.modelType());
    } catch (JsonReadException e) {
      checkFailure(e);
    } catch (Throwable other) {
      fail("Only a JsonReadException may escape a read, got " + other, other);
    }
  }

  private static void checkFailure(JsonReadException e) {
    assertThat(CODES).contains(e.code());
    assertThat(e.problems()).isNotEmpty().allSatisfy(p -> {
      assertThat(p.pointer()).matches("|/.*");
      assertThat(p.message(Locale.ENGLISH)).isNotBlank();
      assertThat(p.message(Locale.FRENCH)).isNotBlank();
    });
    assertThat(e.getMessage(Locale.FRENCH)).isNotBlank();
  }

  private static Input validDocument(SplittableRandom random) {
    long seed = random.nextLong();
    GenContext context = GenContext.of(seed);
    PartnershipJson json = random.nextBoolean() ? PartnershipJson.create() : PartnershipJson.create().indented();
    return switch (random.nextInt(5)) {
      case 0 -> new Input(json.writeBytes(TestDocuments.SAMPLE, WireGenerators.samples().generate(context)),
          TestDocuments.SAMPLE);
      case 1 -> new Input(json.writeBytes(TestDocuments.TERRITORY, WireGenerators.territories().generate(context)),
          TestDocuments.TERRITORY);
      default -> {
        ModelDocuments.Generated<?> generated = ModelDocuments.any(seed);
        yield new Input(generated.write(json), generated.type());
      }
    };
  }

  private static byte[] mutate(byte[] document, SplittableRandom random) {
    if (document.length == 0) {
      return new byte[] {ALPHABET[random.nextInt(ALPHABET.length)]};
    }
    int at = random.nextInt(document.length);
    byte[] mutated;
    switch (random.nextInt(5)) {
      case 0 -> {
        mutated = document.clone();
        mutated[at] = (byte) random.nextInt(256);
      }
      case 1 -> {
        mutated = document.clone();
        mutated[at] = ALPHABET[random.nextInt(ALPHABET.length)];
      }
      case 2 -> {
        int end = Math.min(document.length, at + random.nextInt(1, 20));
        mutated = new byte[document.length - (end - at)];
        System.arraycopy(document, 0, mutated, 0, at);
        System.arraycopy(document, end, mutated, at, document.length - end);
      }
      case 3 -> {
        int end = Math.min(document.length, at + random.nextInt(1, 40));
        mutated = new byte[document.length + (end - at)];
        System.arraycopy(document, 0, mutated, 0, end);
        System.arraycopy(document, at, mutated, end, document.length - at);
      }
      default -> {
        mutated = new byte[document.length + 1];
        System.arraycopy(document, 0, mutated, 0, at);
        mutated[at] = ALPHABET[random.nextInt(ALPHABET.length)];
        System.arraycopy(document, at, mutated, at + 1, document.length - at);
      }
    }
    return mutated;
  }
}
