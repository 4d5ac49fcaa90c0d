package org.partnershipsdk.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;
import org.partnershipsdk.benchmarks.streaming.IatiExportRun;
import org.partnershipsdk.benchmarks.streaming.StreamingRun;

/**
 * The smoke test: every JMH benchmark of the module starts and completes one short iteration, in
 * this JVM (no fork), on small inputs, and the streaming run writes and reads a small file. It
 * measures nothing; {@code benchmarks/run.sh} does.
 */
class BenchmarksStartTest {

  @Test
  void everyBenchmarkRunsOnce() throws RunnerException {
    // JMH refuses to start while another JMH run holds its lock file; this run measures nothing, so a
    // benchmark running beside the build (benchmarks/run.sh, another checkout's build) must not fail it.
    System.setProperty("jmh.ignoreLock", "true");
    Options options = new OptionsBuilder()
        .include("org\\.partnershipsdk\\.benchmarks\\..*")
        .forks(0)
        .warmupIterations(0)
        .measurementIterations(1)
        .measurementTime(TimeValue.milliseconds(20))
        .param("initiatives", "1000")
        .param("portfolioInitiatives", "100")
        .param("unknownReferences", "1000")
        .param("documentInitiatives", "20")
        .shouldFailOnError(true)
        .verbosity(VerboseMode.SILENT)
        .build();

    Collection<RunResult> results = new Runner(options).run();

    Set<String> ran = new TreeSet<>();
    for (RunResult result : results) {
      assertThat(result.getPrimaryResult().getScore()).as(result.getParams().getBenchmark()).isPositive();
      ran.add(result.getParams().getBenchmark());
    }
    assertThat(ran).hasSizeGreaterThanOrEqualTo(6).containsExactlyInAnyOrderElementsOf(declared());
  }

  @Test
  void theStreamingRunWritesAndReadsAFileAndExportsItToIati(@TempDir Path folder) throws Exception {
    Path file = folder.resolve("portfolio.json");
    StreamingRun.write(file, 1_500, folder.resolve("written.json"));

    long read = StreamingRun.read(file, folder.resolve("written.json"), folder.resolve("streaming.json"));

    assertThat(read).isEqualTo(1_500);
    assertThat(Files.readString(folder.resolve("streaming.json"))).contains("\"peakHeapBytes\"", "\"readSeconds\"");

    long activities = IatiExportRun.export(file, folder.resolve("activities.xml"), folder.resolve("iati.json"));
    IatiExportRun.validate(folder.resolve("activities.xml"), folder.resolve("iati.json"));
    assertThat(activities).isPositive();
    assertThat(Files.readString(folder.resolve("iati.json"))).contains("\"exportSeconds\"", "\"validationSeconds\"");
  }

  private static Set<String> declared() {
    Set<String> names = new TreeSet<>();
    for (BenchmarkListEntry entry : BenchmarkList.defaultList().getAll(null, List.of())) {
      names.add(entry.getUsername());
    }
    return names;
  }
}
