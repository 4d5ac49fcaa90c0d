package org.partnershipsdk.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.partnershipsdk.core.portfolio.Portfolio;
import org.partnershipsdk.testkit.GenContext;
import tools.jackson.databind.JsonNode;

/**
 * The reading campaign that found the defects of the 0.1 line, kept in the build: seeded inputs
 * (random bytes; truncations and mutations of generated documents, of documents carrying unknown
 * properties and of the golden files of every version, redacted ones too; deep nesting; huge values) read through every
 * entry point (bytes, text, a {@code Reader}, a stream, a file) and
 * mode, four threads sharing the same instances. For every input:
 * <ul>
 *   <li>only a {@link JsonReadException} escapes, with a known code, a pointer and bounded messages
 *       in both languages;</li>
 *   <li>no read takes longer than {@link #bound(int) a bound} that grows with the input's size: a
 *       guard against hangs and quadratic blow-ups, generous enough never to measure speed;</li>
 *   <li>whatever is accepted is written back readable and equal, from text and from bytes; the
 *       streaming reader gives the same items as the whole read;</li>
 *   <li>the redacted document of whatever is accepted holds no property the SDK does not know (the
 *       strict reader reads it) and no personal text (every personal property is masked or absent).</li>
 * </ul>
 *
 * <p>In the build it reads {@value #DEFAULT_INPUTS} inputs from a fixed seed. For a longer campaign:
 * {@code ./mvnw -B verify -pl partnership-json -am -Dtest=FuzzTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dpartnership.fuzz.inputs=400000 -Dpartnership.fuzz.seed=$RANDOM}. A failure names the input's seed;
 * {@code -Dpartnership.fuzz.replay=SEED} reads that one input alone.
 */
class FuzzTest {
  static final int DEFAULT_INPUTS = 8_000;
  private static final long DEFAULT_SEED = 20_261_204L;
  private static final int BATCH = 500;
  /** Threads reading at once, on the same instances: more than the build machine's cores, on purpose. */
  private static final int THREADS = 4;
  private static final int MAX_MESSAGE_LENGTH = 600;
  private static final byte[] ALPHABET = "{}[]\",:0123456789.eE-+ tfnrul\\/x\u00e9".getBytes(StandardCharsets.UTF_8);
  private static final List<String> SNIPPETS = List.of("null", "\"\\uD800\"", "\"a\\uDC00\":1,", "{}", "[]", "\"\"",
      "1e999", "-0", "0.10", "\"x\":null,", "\"\u00e9\u00e9\"", "\"" + "\u00e9".repeat(600) + "\":1,",
      "\"type\":\"portfolio\",", "\"schemaVersion\":\"9.0\",", "\uD83C\uDF45");
  private static final List<String> CODES = List.of("json.malformed", "json.type-mismatch", "json.property.missing",
      "json.property.unknown", "json.code.unknown", "json.limit.exceeded", "json.schema-version.unsupported",
      "json.document-type.mismatch", "json.duplicate-key", "json.trailing-tokens", "json.value.invalid",
      "json.validation.failed", "json.io");
  private static final List<DocumentType<?>> TYPES = Stream.concat(
      Stream.of(TestDocuments.SAMPLE, TestDocuments.TERRITORY, TestDocuments.PERIOD),
      DocumentType.values().stream()).toList();
  private static final List<ItemList<Portfolio, ?>> LISTS = List.of(ItemList.PORTFOLIO_ORGANISATIONS,
      ItemList.PORTFOLIO_PROGRAMMES, ItemList.PORTFOLIO_PARTNERSHIPS, ItemList.PORTFOLIO_INITIATIVES,
      ItemList.PORTFOLIO_MISSIONS, ItemList.PORTFOLIO_ASSESSMENTS);
  private static final List<Input> GOLDEN = golden();

  private static final PartnershipJson LENIENT = PartnershipJson.create();
  private static final List<PartnershipJson> MODES = List.of(LENIENT, LENIENT.strict(), LENIENT.validating(),
      LENIENT.strict().validating());

  @TestFactory
  Stream<DynamicTest> campaign() {
    String replay = System.getProperty("partnership.fuzz.replay");
    if (replay != null) {
      long seed = Long.parseLong(replay);
      return Stream.of(DynamicTest.dynamicTest("input seed " + seed, () -> check(seed)));
    }
    int inputs = Integer.getInteger("partnership.fuzz.inputs", DEFAULT_INPUTS);
    long base = Long.getLong("partnership.fuzz.seed", DEFAULT_SEED);
    return IntStream.range(0, (inputs + BATCH - 1) / BATCH).mapToObj(batch -> DynamicTest.dynamicTest(
        "inputs " + batch * BATCH + " to " + Math.min(inputs, (batch + 1) * BATCH) + " of seed " + base, () -> {
          List<String> failures = Collections.synchronizedList(new ArrayList<>());
          ForkJoinPool threads = new ForkJoinPool(THREADS);
          try {
            threads.submit(() -> IntStream.range(batch * BATCH, Math.min(inputs, (batch + 1) * BATCH)).parallel()
                .forEach(i -> {
                  long seed = base + i;
                  try {
                    check(seed);
                  } catch (AssertionError | RuntimeException e) {
                    failures.add("input seed " + seed + " (replay with -Dpartnership.fuzz.replay=" + seed + "): " + e);
                  }
                })).get();
          } finally {
            threads.shutdown();
          }
          assertThat(failures).isEmpty();
        }));
  }

  /** @return the input of this seed, read and checked */
  private static void check(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Input input = input(random);
    PartnershipJson json = MODES.get(random.nextInt(MODES.size()));
    DocumentType<?> type = random.nextInt(10) == 0 ? TYPES.get(random.nextInt(TYPES.size())) : input.type();
    Object value = read(json, type, input.bytes(), random.nextInt(5));
    if (value != null) {
      accepted(type, value, random);
      if (value instanceof Portfolio portfolio && json == LENIENT) {
        ItemList<Portfolio, ?> list = LISTS.get(random.nextInt(LISTS.size()));
        List<?> streamed = stream(list, input.bytes());
        if (streamed != null) {
          assertThat(streamed).as("items streamed from %s", list.property()).isEqualTo(list.items(portfolio));
        }
      }
    } else if (random.nextInt(4) == 0) {
      stream(LISTS.get(random.nextInt(LISTS.size())), input.bytes());
    }
  }

  private static Object read(PartnershipJson json, DocumentType<?> type, byte[] input, int source) {
    long start = System.nanoTime();
    try {
      Object value = switch (source) {
        case 0 -> json.read(type, input);
        case 1 -> json.read(type, new String(input, StandardCharsets.UTF_8));
        case 2 -> json.read(type, new InputStreamReader(new ByteArrayInputStream(input), StandardCharsets.UTF_8));
        case 3 -> json.read(type, new ByteArrayInputStream(input));
        default -> fromFile(json, type, input);
      };
      assertThat(value).isInstanceOf(type.modelType());
      return value;
    } catch (JsonReadException e) {
      checkFailure(e);
      return null;
    } finally {
      assertThat((System.nanoTime() - start) / 1_000_000).as("milliseconds to read %d bytes", input.length)
          .isLessThan(bound(input.length));
    }
  }

  /** Reads the input through {@code read(type, Path)}, from a file of its own. */
  private static Object fromFile(PartnershipJson json, DocumentType<?> type, byte[] input) {
    Path file = null;
    try {
      file = Files.createTempFile("fuzz", ".json");
      Files.write(file, input);
      return json.read(type, file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (file != null) {
        file.toFile().delete();
      }
    }
  }

  /**
   * @param length an input's size in bytes
   * @return the milliseconds a read of it may take before it counts as a hang: 10 seconds, and one
   *     more per 100 KB (the campaign runs on a loaded machine, several threads at once)
   */
  static long bound(int length) {
    return 10_000 + length / 100;
  }

  @SuppressWarnings("unchecked")
  private static <T> void accepted(DocumentType<T> type, Object read, SplittableRandom random) {
    T value = (T) read;
    assertThat(LENIENT.read(type, LENIENT.writeBytes(type, value))).as("re-read from bytes").isEqualTo(value);
    assertThat(LENIENT.read(type, LENIENT.indented().write(type, value))).as("re-read from text").isEqualTo(value);
    String redacted = LENIENT.redacting().write(type, value);
    T shared = LENIENT.strict().read(type, redacted);
    assertThat(LENIENT.redacting().write(type, shared)).as("redacting twice changes nothing").isEqualTo(redacted);
    assertOnlyMasks(PartnershipJson.mapper().readTree(redacted).get("data"), type.modelType(), false);
  }

  /**
   * @param node a value of a redacted document
   * @param modelType its model type, or null where the model has none
   * @param personal whether it is personal data or inside personal data
   */
  private static void assertOnlyMasks(JsonNode node, Class<?> modelType, boolean personal) {
    if (node.isString() && personal) {
      assertThat(node.asString()).as("personal text in a redacted document").isEqualTo(RedactingWriter.MASK);
    }
    node.properties().forEach(p -> assertOnlyMasks(p.getValue(), RedactionTest.propertyType(modelType, p.getKey()),
        personal || RedactionTest.isPersonal(modelType, p.getKey())));
    if (node.isArray()) {
      node.forEach(element -> assertOnlyMasks(element, modelType, personal));
    }
  }

  private static List<?> stream(ItemList<Portfolio, ?> list, byte[] input) {
    long start = System.nanoTime();
    List<Object> items = new ArrayList<>();
    try (JsonItemReader<?> reader = LENIENT.readItems(list, new ByteArrayInputStream(input))) {
      reader.forEachRemaining(items::add);
      return items;
    } catch (JsonReadException e) {
      checkFailure(e);
      return null;
    } finally {
      assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(bound(input.length));
    }
  }

  private static void checkFailure(JsonReadException e) {
    assertThat(CODES).contains(e.code());
    assertThat(e.problems()).isNotEmpty().allSatisfy(p -> {
      assertThat(p.pointer()).matches("(?s)|/.*"); // a property name, so a pointer, may hold a line break
      for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
        assertThat(p.message(locale)).isNotBlank().hasSizeLessThan(MAX_MESSAGE_LENGTH);
      }
    });
    assertThat(e.getMessage(Locale.FRENCH)).isNotBlank();
  }

  /**
   * A document and the type it is read as.
   *
   * @param bytes the document
   * @param type its type
   */
  private record Input(byte[] bytes, DocumentType<?> type) {}

  private static Input input(SplittableRandom random) {
    int kind = random.nextInt(100);
    if (kind < 5) {
      byte[] bytes = new byte[random.nextInt(0, 300)];
      for (int i = 0; i < bytes.length; i++) {
        bytes[i] = random.nextBoolean() ? (byte) random.nextInt(256) : ALPHABET[random.nextInt(ALPHABET.length)];
      }
      return new Input(bytes, TYPES.get(random.nextInt(TYPES.size())));
    }
    if (kind < 7) {
      return deep(random);
    }
    if (kind < 8) {
      return huge(random);
    }
    Input valid = valid(random);
    if (kind < 20) {
      return valid;
    }
    if (kind < 35) {
      return new Input(java.util.Arrays.copyOf(valid.bytes(), random.nextInt(0, valid.bytes().length)), valid.type());
    }
    byte[] document = valid.bytes();
    for (int mutations = random.nextInt(1, 6); mutations > 0; mutations--) {
      document = mutate(document, random);
    }
    return new Input(document, valid.type());
  }

  private static Input valid(SplittableRandom random) {
    int kind = random.nextInt(10);
    if (kind == 0) {
      return GOLDEN.get(random.nextInt(GOLDEN.size()));
    }
    long seed = random.nextLong();
    GenContext context = GenContext.of(seed);
    PartnershipJson json = random.nextBoolean() ? LENIENT : LENIENT.indented();
    if (kind == 1) {
      return new Input(json.writeBytes(TestDocuments.SAMPLE, WireGenerators.samples().generate(context)),
          TestDocuments.SAMPLE);
    }
    ModelDocuments.Generated<?> generated = ModelDocuments.any(seed);
    if (kind < 5) {
      String compact = new String(generated.write(LENIENT), StandardCharsets.UTF_8);
      return new Input(UnknownInjection.into(compact, context, 0.3).document().getBytes(StandardCharsets.UTF_8),
          generated.type());
    }
    return new Input(generated.write(json), generated.type());
  }

  private static Input deep(SplittableRandom random) {
    int depth = random.nextInt(1, 5000);
    String open = random.nextBoolean() ? "[" : "{\"k\":";
    String close = open.equals("[") ? "]" : "}";
    return inside(random, "\"deep\":" + open.repeat(depth) + "1" + (random.nextBoolean() ? close.repeat(depth) : ""));
  }

  private static Input huge(SplittableRandom random) {
    int length = random.nextInt(999_000, 1_001_000);
    String huge = switch (random.nextInt(4)) {
      case 0 -> "\"name\":\"" + "é".repeat(length) + "\"";
      case 1 -> "\"name\":\"x\",\"" + "n".repeat(random.nextInt(990, 1010)) + "\":1";
      case 2 -> "\"name\":\"x\",\"n\":" + "9".repeat(random.nextInt(190, 210));
      default -> "\"name\":\"x\",\"n\":[" + "0,".repeat(length / 10) + "0]";
    };
    return inside(random, huge);
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

  private static byte[] mutate(byte[] document, SplittableRandom random) {
    if (document.length == 0) {
      return new byte[] {ALPHABET[random.nextInt(ALPHABET.length)]};
    }
    int at = random.nextInt(document.length);
    int end = Math.min(document.length, at + random.nextInt(1, 40));
    return switch (random.nextInt(7)) {
      case 0 -> replace(document, at, at + 1, new byte[] {(byte) random.nextInt(256)});
      case 1 -> replace(document, at, at + 1, new byte[] {ALPHABET[random.nextInt(ALPHABET.length)]});
      case 2 -> replace(document, at, end, new byte[0]);
      case 3 -> replace(document, at, at, java.util.Arrays.copyOfRange(document, at, end));
      case 4 -> replace(document, at, at, new byte[] {ALPHABET[random.nextInt(ALPHABET.length)]});
      case 5 -> replace(document, at, random.nextBoolean() ? at : end,
          SNIPPETS.get(random.nextInt(SNIPPETS.size())).getBytes(StandardCharsets.UTF_8));
      default -> replace(document, at, at, new byte[] {(byte) 0xC0, (byte) 0xAF});
    };
  }

  private static byte[] replace(byte[] document, int from, int to, byte[] with) {
    byte[] out = new byte[document.length - (to - from) + with.length];
    System.arraycopy(document, 0, out, 0, from);
    System.arraycopy(with, 0, out, from, with.length);
    System.arraycopy(document, to, out, from + with.length, document.length - to);
    return out;
  }

  private static List<Input> golden() {
    Path folder = Path.of("src", "test", "resources", "golden");
    // Every folder: the current version's files, those of earlier versions (v1.0/, v1.1/) and the
    // redacted exports (redacted/), all of which a reader meets.
    try (Stream<Path> files = Files.walk(folder)) {
      List<Input> inputs = new ArrayList<>();
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString();
        if (Files.isRegularFile(file) && name.endsWith(".json") && !name.startsWith("fail_")) {
          byte[] bytes = Files.readAllBytes(file);
          inputs.add(new Input(bytes, Documents.named(PartnershipJson.mapper().readTree(bytes).get("type").asString())));
        }
      }
      assertThat(inputs).as("golden documents in %s", folder).hasSizeGreaterThanOrEqualTo(25);
      return List.copyOf(inputs);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
