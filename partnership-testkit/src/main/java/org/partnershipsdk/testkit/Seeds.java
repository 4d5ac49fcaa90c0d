package org.partnershipsdk.testkit;

import java.util.ArrayList;
import java.util.List;

/**
 * Seeds for property tests: many, spread over the whole range, and the same on every run, so that
 * a failure seen once is seen again.
 *
 * <p>To replay one failing seed, run the tests with {@code -Dpartnership.seed=SEED}: {@link #list}
 * then returns only that seed.
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicTest> generatedInitiativesValidateClean() {
 *   return Seeds.list(200).stream().map(seed -> DynamicTest.dynamicTest("seed " + seed, () ->
 *       assertThat(validator.validate(Generators.initiatives().generate(GenContext.of(seed))).isValid()).isTrue()));
 * }
 * }</pre>
 */
public final class Seeds {
  /** The system property that replays one seed. */
  public static final String REPLAY_PROPERTY = "partnership.seed";
  /** How many seeds a property runs over unless told otherwise. */
  public static final int DEFAULT_COUNT = 200;

  private static final long BASE = 0x5EED_2026L;
  private static final long GOLDEN_GAMMA = 0x9E37_79B9_7F4A_7C15L;

  private Seeds() {}

  /**
   * @param count how many seeds
   * @return that many distinct seeds, the same on every run, or only the replayed seed when
   *     {@value #REPLAY_PROPERTY} is set
   */
  public static List<Long> list(int count) {
    String replay = System.getProperty(REPLAY_PROPERTY);
    if (replay != null && !replay.isBlank()) {
      return List.of(Long.parseLong(replay.strip()));
    }
    List<Long> seeds = new ArrayList<>(count);
    long seed = BASE;
    for (int i = 0; i < count; i++) {
      seeds.add(mix(seed));
      seed += GOLDEN_GAMMA;
    }
    return List.copyOf(seeds);
  }

  /** @return {@value #DEFAULT_COUNT} seeds */
  public static List<Long> list() {
    return list(DEFAULT_COUNT);
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58_476D_1CE4_E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D0_49BB_1331_11EBL;
    return z ^ (z >>> 31);
  }
}
