package org.partnershipsdk.iati;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Untrusted IATI files: the reference examples cut, mutated and stuffed with markup. Whatever the
 * input, the checker returns a report or throws an {@link IatiReadException} with a known code and
 * messages in each shipped language; nothing else escapes.
 */
class CheckerFuzzTest {
  private static final List<byte[]> EXAMPLES = List.of(IatiCheckerTest.example("ngo-initiative-activity.xml"),
      IatiCheckerTest.example("minimal-activity.xml"));
  private static final List<String> SNIPPETS = List.of("<", ">", "</x>", "<x/>", "&amp;", "&lt;", "&nope;", "\"",
      "<!DOCTYPE x>", "<![CDATA[ ]]>", "<?pi?>", "xml:lang=\"\"", "<sector code=\"\"/>", "percentage=\"-1\"",
      "iso-date=\"2023-02-30\"", "\u0000", "\uFFFF", "é");
  private static final List<String> CODES = List.of(IatiReadException.MALFORMED, IatiReadException.DOCTYPE,
      IatiReadException.IO);
  private static final Locale SPANISH = Locale.forLanguageTag("es");

  @TestFactory
  Stream<DynamicTest> onlyAReportOrAnIatiReadException() {
    return java.util.stream.LongStream.range(0, 300).mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
      SplittableRandom random = new SplittableRandom(seed);
      byte[] input = EXAMPLES.get(random.nextInt(EXAMPLES.size())).clone();
      for (int i = random.nextInt(1, 6); i > 0; i--) {
        input = mutate(input, random);
      }
      try {
        IatiReport report = IatiCheckerTest.CHECKER.check(input);
        assertThat(report.findings()).allSatisfy(f -> {
          assertThat(f.message(Locale.FRENCH)).isNotBlank();
          assertThat(f.message(SPANISH)).isNotBlank();
        });
      } catch (IatiReadException e) {
        assertThat(CODES).contains(e.code());
        assertThat(e.getMessage(Locale.FRENCH)).isNotBlank();
        assertThat(e.getMessage(SPANISH)).isNotBlank();
      } catch (Throwable other) {
        fail("Only an IatiReadException may escape, got " + other, other);
      }
    }));
  }

  private static byte[] mutate(byte[] input, SplittableRandom random) {
    int at = random.nextInt(input.length + 1);
    byte[] with = switch (random.nextInt(3)) {
      case 0 -> new byte[] {(byte) random.nextInt(256)};
      case 1 -> SNIPPETS.get(random.nextInt(SNIPPETS.size())).getBytes(java.nio.charset.StandardCharsets.UTF_8);
      default -> new byte[0];
    };
    int end = Math.min(input.length, at + (with.length == 0 ? random.nextInt(1, 40) : random.nextInt(0, 3)));
    byte[] out = new byte[input.length - (end - at) + with.length];
    System.arraycopy(input, 0, out, 0, at);
    System.arraycopy(with, 0, out, at, with.length);
    System.arraycopy(input, end, out, at + with.length, input.length - end);
    return out;
  }
}
