package org.partnershipsdk.benchmarks.streaming;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.partnershipsdk.benchmarks.Portfolios;
import org.partnershipsdk.core.initiative.Initiative;
import org.partnershipsdk.json.ItemList;
import org.partnershipsdk.json.JsonItemReader;
import org.partnershipsdk.json.JsonItemWriter;
import org.partnershipsdk.json.PartnershipJson;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The streaming benchmark, run by {@code benchmarks/run.sh} in JVMs of its own: one writes a
 * portfolio file of a million initiatives ({@link Portfolios#streamedInitiative}, about 1.2 KB each)
 * item by item ({@code JsonItemWriter}), another, started
 * with {@code -Xmx256m}, reads it back item by item ({@code JsonItemReader}) and records the time and
 * the peak heap. One run each: reading a million initiatives is long enough to time directly.
 *
 * <p>The peak heap is measured in two ways. From GC notifications ({@code
 * GarbageCollectionNotificationInfo}): the heap used just before each collection is the highest the
 * heap reached since the previous one, so their maximum is the peak (sampled exactly, since the used
 * heap only grows between collections); the most used just after a collection is the peak of what
 * was live. And, as an upper bound, the sum of each heap pool's peak ({@code
 * MemoryPoolMXBean.getPeakUsage}), which adds peaks reached at different moments.
 *
 * <pre>
 * StreamingRun write FILE COUNT WRITE_RESULT.json
 * StreamingRun read FILE WRITE_RESULT.json RESULT.json
 * </pre>
 */
public final class StreamingRun {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private StreamingRun() {}

  /**
   * @param args {@code write FILE COUNT WRITE_RESULT} or {@code read FILE WRITE_RESULT RESULT}
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    if (args.length == 4 && args[0].equals("write")) {
      write(Path.of(args[1]), Integer.parseInt(args[2]), Path.of(args[3]));
    } else if (args.length == 4 && args[0].equals("read")) {
      read(Path.of(args[1]), Path.of(args[2]), Path.of(args[3]));
    } else {
      System.err.println("usage: StreamingRun write FILE COUNT WRITE_RESULT | read FILE WRITE_RESULT RESULT");
      System.exit(2);
    }
  }

  /**
   * Writes the base portfolio with {@code count} initiatives, given one by one.
   *
   * @param file the portfolio document to write
   * @param count how many initiatives
   * @param result where the figures go: count, bytes, seconds
   * @throws IOException if a file cannot be written
   */
  public static void write(Path file, int count, Path result) throws IOException {
    Portfolios.streamedInitiative(Math.min(count, Portfolios.DISTINCT_INITIATIVES)); // generate before timing
    long start = System.nanoTime();
    try (JsonItemWriter<Initiative> out = PartnershipJson.create()
        .writeItems(ItemList.PORTFOLIO_INITIATIVES, Portfolios.base().withInitiatives(List.of()), file)) {
      for (int n = 1; n <= count; n++) {
        out.write(Portfolios.streamedInitiative(n));
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    ObjectNode figures = MAPPER.createObjectNode();
    figures.put("initiatives", count);
    figures.put("fileBytes", Files.size(file));
    figures.put("writeSeconds", seconds);
    MAPPER.writeValue(result.toFile(), figures);
  }

  /**
   * Reads every initiative of the file one by one, timing the read and recording the peak heap.
   *
   * @param file the portfolio document
   * @param written the figures {@link #write} recorded
   * @param result where all the figures go
   * @return how many initiatives were read
   * @throws IOException if a file cannot be read or written
   */
  public static long read(Path file, Path written, Path result) throws IOException {
    ObjectNode figures = (ObjectNode) MAPPER.readTree(written.toFile());
    List<MemoryPoolMXBean> heap = HeapWatch.heapPools();
    PartnershipJson json = PartnershipJson.create();
    System.gc();
    heap.forEach(MemoryPoolMXBean::resetPeakUsage);
    HeapWatch watch = HeapWatch.start(heap);
    long start = System.nanoTime();
    long count = 0;
    long participants = 0;
    try (JsonItemReader<Initiative> initiatives = json.readItems(ItemList.PORTFOLIO_INITIATIVES, file)) {
      while (initiatives.hasNext()) {
        participants += initiatives.next().participants().size();
        count++;
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long poolPeaks = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    watch.stop();
    if (count != figures.path("initiatives").asLong()) {
      throw new IllegalStateException("read " + count + " initiatives of " + figures.path("initiatives").asLong());
    }
    figures.put("readSeconds", seconds);
    figures.put("participantsRead", participants);
    watch.putPeaks(figures, heap);
    figures.put("heapPoolPeaksBytes", poolPeaks);
    figures.put("collections", watch.collections.get());
    figures.put("jvmOptions", String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));
    figures.put("jdk", System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")");
    MAPPER.writeValue(result.toFile(), figures);
    return count;
  }

  static long usedNow(List<MemoryPoolMXBean> heap) {
    return heap.stream().mapToLong(pool -> pool.getUsage().getUsed()).sum();
  }
}
