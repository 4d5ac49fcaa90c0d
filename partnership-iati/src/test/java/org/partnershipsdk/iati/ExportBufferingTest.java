package org.partnershipsdk.iati;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import org.junit.jupiter.api.Test;
import org.partnershipsdk.core.portfolio.Portfolio;
import org.partnershipsdk.testkit.RealCases;

/**
 * The exporter writes to the caller's stream in blocks, whatever the stream: a file opened with
 * {@code Files.newOutputStream} is not buffered, and one write per name or text made a million
 * initiatives take forty minutes instead of a few.
 */
class ExportBufferingTest {
  private static final int BLOCK = 1 << 16;

  @Test
  void anUnbufferedTargetGetsTheDocumentInBlocks() {
    Portfolio portfolio = RealCases.portfolio();
    CountingStream target = new CountingStream();

    try (IatiActivityWriter writer = IatiExporter.builder().clock(RealCases.clock()).build().open(portfolio, target)) {
      for (int i = 0; i < 100; i++) {
        portfolio.initiatives().forEach(writer::write);
      }
    }

    assertThat(target.bytes.size()).isGreaterThan(4 * BLOCK);
    assertThat(target.writes).isLessThanOrEqualTo(target.bytes.size() / BLOCK + 2);
    assertThat(target.flushed).as("written through to the target at the end").isEqualTo(target.bytes.size());
  }

  @Test
  void theStreamedWriterFlushesEverythingOnClose() {
    Portfolio portfolio = RealCases.portfolio();
    CountingStream target = new CountingStream();

    try (IatiActivityWriter writer = IatiExporter.builder().clock(RealCases.clock()).build().open(portfolio, target)) {
      portfolio.initiatives().forEach(writer::write);
    }

    assertThat(target.flushed).isEqualTo(target.bytes.size()).isPositive();
    assertThat(target.bytes.toString(java.nio.charset.StandardCharsets.UTF_8)).endsWith("</iati-activities>\n");
  }

  /** Counts the writes it receives and how many bytes had arrived at its last flush. */
  private static final class CountingStream extends OutputStream {
    final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int writes;
    int flushed = -1;

    @Override
    public void write(int b) {
      writes++;
      bytes.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      writes++;
      bytes.write(b, off, len);
    }

    @Override
    public void flush() {
      flushed = bytes.size();
    }
  }
}
