package org.partnershipsdk.testkit;

/**
 * A property failed for one generated value. The message names the seed that generated it; run
 * again with {@code -Dpartnership.seed=SEED} to replay only that value.
 */
public final class PropertyFailure extends AssertionError {
  private static final long serialVersionUID = 1L;
  private static final int MAX_VALUE_LENGTH = 2_000;

  private final long seed;

  /**
   * @param seed the seed of the failing value
   * @param value the value's description ({@code toString()}, which never shows personal data)
   * @param cause why the property failed
   */
  public PropertyFailure(long seed, String value, Throwable cause) {
    super("Property failed for seed " + seed + " (replay with -D" + Seeds.REPLAY_PROPERTY + "=" + seed + "): "
        + cause.getMessage() + System.lineSeparator() + "value: " + shorten(value), cause);
    this.seed = seed;
  }

  /** @return the seed of the failing value */
  public long seed() {
    return seed;
  }

  private static String shorten(String value) {
    return value.length() <= MAX_VALUE_LENGTH ? value : value.substring(0, MAX_VALUE_LENGTH) + "…";
  }
}
