package org.partnershipsdk.examples;

/** Placeholder replaced once the model lands. */
public final class QuickStart {
  private QuickStart() {}

  /** @param args unused */
  public static void main(String[] args) {
    System.out.println("partnership-sdk");
  }
}
