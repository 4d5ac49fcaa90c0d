package org.partnershipsdk.benchmarks.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads the JSON files JMH writes with {@code -rf json}: every result of every file of a folder. */
final class JmhResults {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private JmhResults() {}

  /**
   * @param folder a folder of results
   * @return the measurements of every JMH result file in it (files holding a JSON array)
   * @throws IOException if a file cannot be read
   */
  static List<Measurement> read(Path folder) throws IOException {
    List<Measurement> measurements = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        JsonNode root = MAPPER.readTree(file);
        if (root.isArray()) {
          root.forEach(result -> measurements.add(measurement(result)));
        }
      }
    }
    return measurements;
  }

  /**
   * @param file a JSON file
   * @return its tree
   */
  static JsonNode tree(Path file) {
    return MAPPER.readTree(file);
  }

  private static Measurement measurement(JsonNode result) {
    String benchmark = result.path("benchmark").asString();
    String[] parts = benchmark.split("\\.");
    Map<String, String> params = new TreeMap<>();
    result.path("params").properties().forEach(e -> params.put(e.getKey(), e.getValue().asString()));
    JsonNode primary = result.path("primaryMetric");
    double perUnit = nanosPer(primary.path("scoreUnit").asString());
    JsonNode allocation = result.path("secondaryMetrics").path("gc.alloc.rate.norm");
    String settings = String.format(Locale.ROOT, "%s, %d fork, %d×%s warm-up, %d×%s measured",
        mode(result.path("mode").asString()), result.path("forks").asInt(), result.path("warmupIterations").asInt(),
        result.path("warmupTime").asString(), result.path("measurementIterations").asInt(),
        result.path("measurementTime").asString());
    return new Measurement(parts[parts.length - 2], parts[parts.length - 1], params,
        primary.path("score").asDouble() * perUnit, error(primary) * perUnit,
        allocation.isMissingNode() ? OptionalDouble.empty() : OptionalDouble.of(allocation.path("score").asDouble()),
        allocation.isMissingNode() ? Double.NaN : error(allocation), settings,
        result.path("jdkVersion").asString() + " (" + result.path("vmName").asString() + " "
            + result.path("vmVersion").asString() + ")");
  }

  private static double error(JsonNode metric) {
    JsonNode error = metric.path("scoreError");
    return error.isNumber() ? error.asDouble() : Double.NaN;
  }

  private static String mode(String mode) {
    return switch (mode) {
      case "avgt" -> "average time";
      case "ss" -> "single shots";
      default -> mode;
    };
  }

  private static double nanosPer(String unit) {
    return switch (unit) {
      case "ns/op" -> 1;
      case "us/op" -> 1e3;
      case "ms/op" -> 1e6;
      case "s/op" -> 1e9;
      default -> throw new IllegalArgumentException("not a time per operation: " + unit);
    };
  }
}
