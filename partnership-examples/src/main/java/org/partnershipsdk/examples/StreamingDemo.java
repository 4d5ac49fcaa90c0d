package org.partnershipsdk.examples;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.partnershipsdk.core.initiative.Initiative;
import org.partnershipsdk.core.model.CurrencyCode;
import org.partnershipsdk.core.model.InitiativeId;
import org.partnershipsdk.core.model.Money;
import org.partnershipsdk.core.portfolio.Portfolio;
import org.partnershipsdk.json.ItemList;
import org.partnershipsdk.json.JsonItemReader;
import org.partnershipsdk.json.JsonItemWriter;
import org.partnershipsdk.json.PartnershipJson;
import org.partnershipsdk.testkit.GenContext;
import org.partnershipsdk.testkit.Generators;

/**
 * Writes a portfolio of a million initiatives one initiative at a time, then reads it back one
 * initiative at a time, and prints how long each took and the most heap it used: both stay bounded,
 * whatever the number of initiatives. Run it with a small heap to see it:
 *
 * <pre>{@code
 * java -Xmx256m -cp ... org.partnershipsdk.examples.StreamingDemo [count] [file]
 * }</pre>
 *
 * <p>The initiatives come from the testkit's generators (each from its own seed, small, with a
 * unique identifier); their references to programmes and partnerships are not in the portfolio, so
 * the file is for reading, not for validating. The file is deleted at the end unless one is named.
 */
public final class StreamingDemo {
  private static final int DEFAULT_COUNT = 1_000_000;
  /** The generators' size: at most this many participants, territories, evaluations... per initiative. */
  private static final int SIZE = Integer.getInteger("demo.size", 2);
  private static final long MIB = 1024 * 1024;

  private StreamingDemo() {}

  /**
   * @param args optionally the number of initiatives (a million by default) and the file to write
   * @throws IOException if the temporary file cannot be created or deleted
   */
  public static void main(String[] args) throws IOException {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_COUNT;
    Path file = args.length > 1 ? Path.of(args[1]) : Files.createTempFile("portfolio-", ".json");
    PartnershipJson json = PartnershipJson.create();
    System.out.printf(Locale.ROOT, "Max heap: %d MiB%n", Runtime.getRuntime().maxMemory() / MIB);

    // The portfolio's other lists are small: they are written whole, before and after the initiatives.
    Portfolio others = Generators.portfolios().generate(GenContext.of(2026, 4)).withInitiatives(List.of());
    resetPeaks();
    long start = System.nanoTime();
    try (JsonItemWriter<Initiative> out = json.writeItems(ItemList.PORTFOLIO_INITIATIVES, others, file)) {
      for (int i = 1; i <= count; i++) {
        out.write(Generators.initiatives().generate(GenContext.of(i, SIZE)).withId(InitiativeId.of("initiative-" + i)));
      }
    }
    report("Generated and written", count, start, Files.size(file));

    resetPeaks();
    start = System.nanoTime();
    long read = 0;
    long coConstructed = 0;
    long directBeneficiaries = 0;
    BigDecimal euros = BigDecimal.ZERO;
    try (JsonItemReader<Initiative> in = json.readItems(ItemList.PORTFOLIO_INITIATIVES, file)) {
      while (in.hasNext()) {
        Initiative initiative = in.next();
        read++;
        coConstructed += initiative.isCoConstructed() ? 1 : 0;
        directBeneficiaries += initiative.beneficiaries().direct().orElse(0);
        euros = euros.add(initiative.budget().filter(b -> b.currency().equals(CurrencyCode.EUR))
            .map(Money::amount).orElse(BigDecimal.ZERO));
      }
    }
    report("Read", read, start, Files.size(file));
    System.out.printf(Locale.ROOT, "  %d co-constructed, %d direct beneficiaries, budgets in euros: %s EUR%n",
        coConstructed, directBeneficiaries, euros.toPlainString());
    if (args.length < 2) {
      Files.delete(file);
    }
  }

  private static void resetPeaks() {
    System.gc();
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  private static void report(String what, long initiatives, long startNanos, long bytes) {
    double seconds = (System.nanoTime() - startNanos) / 1e9;
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    long collections = 0;
    long gcMillis = 0;
    for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      collections += Math.max(0, collector.getCollectionCount());
      gcMillis += Math.max(0, collector.getCollectionTime());
    }
    long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    System.out.printf(Locale.ROOT, "%s: %d initiatives, %d MiB file, in %.1f s (%.0f initiatives/s)%n", what,
        initiatives, bytes / MIB, seconds, initiatives / seconds);
    System.out.printf(Locale.ROOT, "  peak heap (sum of the heap pools' peaks): %d MiB; heap used now: %d MiB; "
        + "GC so far: %d collections, %d ms%n", peak / MIB, used / MIB, collections, gcMillis);
  }
}
