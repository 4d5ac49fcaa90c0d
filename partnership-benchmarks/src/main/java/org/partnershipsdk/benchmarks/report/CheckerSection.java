package org.partnershipsdk.benchmarks.report;

import java.util.Locale;
import tools.jackson.databind.JsonNode;

/**
 * The checker end to end ({@code CheckerRun}): {@code check} on a portfolio file, its time and peak
 * heap, against the sum of its parts timed one by one in another JVM.
 */
final class CheckerSection {
  private CheckerSection() {}

  /**
   * @param figures the run's {@code checker.json}
   * @return the section, in Markdown
   */
  static String render(JsonNode figures) {
    double check = figures.path("checkSeconds").asDouble();
    double read = figures.path("readSeconds").asDouble();
    double validate = figures.path("validateSeconds").asDouble();
    double rules = figures.path("rulesSeconds").asDouble();
    double parts = read + validate + rules;
    return "## The checker end to end\n\n`java -jar partnership-cli.jar check --no-length-limit FILE` (`PartnershipCli.run`,"
        + " the text report to a discarded output) on a portfolio file of "
        + String.format(Locale.ROOT, "%,d", figures.path("initiatives").asLong())
        + " generated initiatives, in a JVM of its own; its parts (reading the document whole, `ModelValidator.validate`,"
        + " `RulesEngine.evaluate`, each element by its programme's profile as `check` does) timed one after the other in another. One run each,"
        + " cold JVMs both: the difference is what the checker adds (turning violations and findings into one"
        + " ordered report, and printing it).\n\n"
        + "| figure | value |\n| --- | --- |\n"
        + "| check, end to end | " + Figures.number(check) + " s |\n"
        + "| read | " + Figures.number(read) + " s |\n"
        + "| validate (" + String.format(Locale.ROOT, "%,d", figures.path("violations").asLong()) + " violations) | "
        + Figures.number(validate) + " s |\n"
        + "| rules (" + String.format(Locale.ROOT, "%,d", figures.path("findings").asLong()) + " findings) | "
        + Figures.number(rules) + " s |\n"
        + "| sum of the parts | " + Figures.number(parts) + " s |\n"
        + String.format(Locale.ROOT, "| check vs the sum of its parts | %.2f× the time |%n", check / parts)
        + "| peak heap used by check (most used just before a collection) | "
        + Figures.bytes(figures.path("peakHeapBytes").asDouble(), Double.NaN) + " |\n"
        + "| peak live heap (most used just after a collection) | "
        + Figures.bytes(figures.path("peakLiveHeapBytes").asDouble(), Double.NaN) + " |\n"
        + "| heap limit | " + Figures.bytes(figures.path("maxHeapBytes").asDouble(), Double.NaN) + " |\n\n";
  }
}
