package org.partnershipsdk.benchmarks.streaming;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.MemoryPoolMXBean;
import java.nio.file.Path;
import java.util.List;
import org.partnershipsdk.benchmarks.Portfolios;
import org.partnershipsdk.cli.PartnershipCli;
import org.partnershipsdk.core.portfolio.Portfolio;
import org.partnershipsdk.core.rules.RulesEngine;
import org.partnershipsdk.core.validation.ModelValidator;
import org.partnershipsdk.json.DocumentType;
import org.partnershipsdk.json.PartnershipJson;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The checker end to end, run by {@code benchmarks/run.sh} in JVMs of their own on a portfolio file
 * that {@link StreamingRun} wrote: one runs the command line's {@code check --no-length-limit FILE}
 * (read, validate,
 * rules, the text report to a discarded output) and records its time and peak heap; another times
 * its parts one after the other (reading the document, {@code ModelValidator.validate},
 * {@code RulesEngine.evaluate}, each element by its programme's profile as {@code check} does), so that
 * what the checker adds to its
 * parts shows. One run each.
 *
 * <pre>
 * CheckerRun check FILE RESULT.json
 * CheckerRun parts FILE RESULT.json
 * </pre>
 */
public final class CheckerRun {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private CheckerRun() {}

  /**
   * @param args {@code check FILE RESULT} or {@code parts FILE RESULT}
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    if (args.length == 3 && args[0].equals("check")) {
      check(Path.of(args[1]), Path.of(args[2]));
    } else if (args.length == 3 && args[0].equals("parts")) {
      parts(Path.of(args[1]), Path.of(args[2]));
    } else {
      System.err.println("usage: CheckerRun check FILE RESULT | parts FILE RESULT");
      System.exit(2);
    }
  }

  /**
   * Runs {@code check FILE} as the command line does, timing it and recording the peak heap.
   *
   * @param file a portfolio document
   * @param result where the figures go
   * @return the checker's exit code
   * @throws IOException if the figures cannot be written
   */
  public static int check(Path file, Path result) throws IOException {
    List<MemoryPoolMXBean> heap = HeapWatch.heapPools();
    PrintStream discarded = new PrintStream(OutputStream.nullOutputStream());
    PartnershipCli cli = new PartnershipCli(Portfolios.CLOCK);
    System.gc();
    heap.forEach(MemoryPoolMXBean::resetPeakUsage);
    HeapWatch watch = HeapWatch.start(heap);
    long start = System.nanoTime();
    int exit = cli.run(new String[] {"check", "--no-length-limit", file.toString()}, discarded, discarded);
    double seconds = (System.nanoTime() - start) / 1e9;
    watch.stop();
    if (exit != PartnershipCli.OK && exit != PartnershipCli.ERRORS) {
      throw new IllegalStateException("check could not read " + file + ": exit code " + exit);
    }
    ObjectNode figures = MAPPER.createObjectNode();
    figures.put("checkSeconds", seconds);
    figures.put("exitCode", exit);
    watch.putPeaks(figures, heap);
    MAPPER.writeValue(result.toFile(), figures);
    return exit;
  }

  /**
   * Times the checker's parts one after the other, and adds them to the figures {@link #check} wrote.
   *
   * @param file a portfolio document
   * @param result the figures of {@link #check}, to which the parts' are added
   * @throws IOException if a file cannot be read or written
   */
  public static void parts(Path file, Path result) throws IOException {
    long start = System.nanoTime();
    Portfolio portfolio = PartnershipJson.create().withoutLengthLimit().read(DocumentType.PORTFOLIO, file);
    long read = System.nanoTime();
    int violations = ModelValidator.create().validate(portfolio).violations().size();
    long validated = System.nanoTime();
    int findings = RulesEngine.byProgramme(Portfolios.CLOCK).evaluate(portfolio).findings().size();
    long evaluated = System.nanoTime();
    ObjectNode figures = (ObjectNode) MAPPER.readTree(result.toFile());
    figures.put("initiatives", portfolio.initiatives().size());
    figures.put("violations", violations);
    figures.put("findings", findings);
    figures.put("readSeconds", (read - start) / 1e9);
    figures.put("validateSeconds", (validated - read) / 1e9);
    figures.put("rulesSeconds", (evaluated - validated) / 1e9);
    MAPPER.writeValue(result.toFile(), figures);
  }
}
