package org.partnershipsdk.testkit;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The source of randomness and the size that generators draw from. Created from a seed, so that a
 * failing value can be generated again: {@code GenContext.of(seed)}.
 *
 * <p>Not thread-safe: use one context per thread (each with its own seed).
 */
public final class GenContext {
  /** The size used when none is given: collections of up to this many elements. */
  public static final int DEFAULT_SIZE = 5;

  private final long seed;
  private final int size;
  private final SplittableRandom random;

  private GenContext(long seed, int size) {
    if (size < 0) {
      throw new IllegalArgumentException("size must not be negative: " + size);
    }
    this.seed = seed;
    this.size = size;
    this.random = new SplittableRandom(seed);
  }

  /**
   * @param seed the seed
   * @return a context of the default size
   */
  public static GenContext of(long seed) {
    return new GenContext(seed, DEFAULT_SIZE);
  }

  /**
   * @param seed the seed
   * @param size how large generated collections may grow
   * @return a context
   */
  public static GenContext of(long seed, int size) {
    return new GenContext(seed, size);
  }

  /** @return the seed this context was created with */
  public long seed() {
    return seed;
  }

  /** @return how large generated collections may grow */
  public int size() {
    return size;
  }

  /**
   * @param min the smallest value
   * @param max the largest value, included
   * @return a number between them
   */
  public int intBetween(int min, int max) {
    if (max < min) {
      throw new IllegalArgumentException("max " + max + " is below min " + min);
    }
    return min + random.nextInt(max - min + 1);
  }

  /**
   * @param min the smallest value
   * @param max the largest value, included
   * @return a number between them
   */
  public long longBetween(long min, long max) {
    if (max < min) {
      throw new IllegalArgumentException("max " + max + " is below min " + min);
    }
    return max == Long.MAX_VALUE && min == Long.MIN_VALUE ? random.nextLong() : min + random.nextLong(max - min + 1);
  }

  /**
   * @param probability the chance, from 0 to 1
   * @return true with that chance
   */
  public boolean chance(double probability) {
    return random.nextDouble() < probability;
  }

  /**
   * @param choices the values to choose from
   * @param <T> their type
   * @return one of them, with equal chances
   */
  public <T> T pick(List<T> choices) {
    if (choices.isEmpty()) {
      throw new IllegalArgumentException("nothing to pick from");
    }
    return choices.get(random.nextInt(choices.size()));
  }

  /**
   * @param type an enum
   * @param <E> its type
   * @return one of its constants, with equal chances
   */
  public <E extends Enum<E>> E pick(Class<E> type) {
    E[] constants = type.getEnumConstants();
    return constants[random.nextInt(constants.length)];
  }

  /**
   * @param from the first possible day
   * @param to the last possible day, included
   * @return a day between them
   */
  public LocalDate dateBetween(LocalDate from, LocalDate to) {
    return LocalDate.ofEpochDay(longBetween(from.toEpochDay(), to.toEpochDay()));
  }

  /**
   * @param length the number of bytes
   * @return random bytes, for fuzzing readers
   */
  public byte[] bytes(int length) {
    byte[] bytes = new byte[length];
    for (int i = 0; i < length; i++) {
      bytes[i] = (byte) random.nextInt(256);
    }
    return bytes;
  }
}
