package org.partnershipsdk.rules.cel.internal;

/** How large a rule file may be. Not for public use. */
public final class RuleFileLimits {
  /** Longest file, in characters (about a megabyte). */
  public static final int MAX_FILE_CHARACTERS = 1_000_000;
  /** Most rules in one file. */
  public static final int MAX_RULES = 1_000;

  private RuleFileLimits() {}
}
