package org.partnershipsdk.benchmarks.report;

import java.util.Map;
import java.util.OptionalDouble;

/**
 * One JMH result: a benchmark method with its parameters, its time per operation and, when the GC
 * profiler ran, the bytes it allocated per operation.
 *
 * @param group the benchmark class's simple name, such as {@code RulesBenchmark}
 * @param method the method, such as {@code evaluateSdk}
 * @param params the JMH parameters
 * @param nanos the time per operation, in nanoseconds
 * @param nanosError JMH's 99.9% confidence half-interval on it, in nanoseconds ({@code NaN} when
 *     too few iterations ran to compute one)
 * @param allocated bytes allocated per operation ({@code gc.alloc.rate.norm}), if measured
 * @param allocatedError its half-interval
 * @param settings how it was measured: mode, forks, iterations
 * @param jdk the JDK and VM it ran on
 */
record Measurement(String group, String method, Map<String, String> params, double nanos, double nanosError,
    OptionalDouble allocated, double allocatedError, String settings, String jdk) {

  /** @return the method's name without its {@code Sdk} or {@code Baseline} ending */
  String stem() {
    return method.replaceAll("(Sdk|Baseline)$", "");
  }

  /** @return whether this measures the SDK rather than its baseline */
  boolean isSdk() {
    return method.endsWith("Sdk");
  }

  /** @return whether this measures a baseline */
  boolean isBaseline() {
    return method.endsWith("Baseline");
  }

  /**
   * @param name a parameter's name
   * @return its value, or an empty string
   */
  String param(String name) {
    return params.getOrDefault(name, "");
  }
}
