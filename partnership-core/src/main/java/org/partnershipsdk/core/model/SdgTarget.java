package org.partnershipsdk.core.model;

import org.partnershipsdk.core.validation.constraints.SdgTargetKnown;

/**
 * A target of the Sustainable Development Goals (cible des ODD), such as {@code 2.3} (double the
 * productivity and incomes of small-scale food producers) or {@code 5.a}: the goal's number, a dot,
 * and the target's number or letter, as the 2030 Agenda (UN General Assembly resolution 70/1)
 * numbers its 169 targets. An indicator names the targets it measures progress towards, where the
 * initiative's documents state them.
 *
 * <p>Any text is accepted so that a draft can hold what a user typed; validation reports a target
 * the 2030 Agenda does not have (code {@code sdg.target.unknown}).
 *
 * @param value the target as written, such as {@code 2.3}, without surrounding spaces
 */
@SdgTargetKnown
public record SdgTarget(String value) {
  /** How many numbered targets and how many lettered ones each goal has, goal 1 first. */
  private static final int[][] TARGETS = {
      {5, 2}, {5, 3}, {9, 4}, {7, 3}, {6, 3}, {6, 2}, {3, 2}, {10, 2}, {5, 3}, {7, 3}, {7, 3}, {8, 3},
      {3, 2}, {7, 3}, {9, 3}, {10, 2}, {19, 0}};

  /**
   * @param value the target, such as {@code 2.3}; stripped of surrounding spaces and lower-cased
   * @throws IncompleteValueException if {@code value} is null
   */
  public SdgTarget {
    if (value == null) {
      throw new IncompleteValueException("SDG target is null");
    }
    value = value.strip().toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * @param target the target, such as {@code 2.3} or {@code 5.a}
   * @return the SDG target
   * @throws IncompleteValueException if {@code target} is null
   */
  public static SdgTarget of(String target) {
    return new SdgTarget(target);
  }

  /** @return whether the 2030 Agenda has this target */
  public boolean isKnown() {
    int dot = value.indexOf('.');
    if (dot < 1 || dot > 2 || dot == value.length() - 1) {
      return false;
    }
    int goal = number(value.substring(0, dot));
    if (goal < 1 || goal > TARGETS.length) {
      return false;
    }
    String target = value.substring(dot + 1);
    if (target.length() == 1 && target.charAt(0) >= 'a' && target.charAt(0) <= 'z') {
      return target.charAt(0) - 'a' < TARGETS[goal - 1][1];
    }
    int number = number(target);
    return number >= 1 && number <= TARGETS[goal - 1][0];
  }

  /**
   * @return the goal the target belongs to
   * @throws UnknownCodeException if the 2030 Agenda has no such target
   */
  public Sdg goal() {
    if (!isKnown()) {
      throw new UnknownCodeException("SdgTarget", value);
    }
    return Sdg.of(number(value.substring(0, value.indexOf('.'))));
  }

  /** A number of one or two digits without a leading zero, or -1. */
  private static int number(String digits) {
    if (digits.isEmpty() || digits.length() > 2 || digits.charAt(0) == '0'
        || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return -1;
    }
    return Integer.parseInt(digits);
  }

  @Override
  public String toString() {
    return value;
  }
}
