package org.partnershipsdk.examples;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Runs an example's {@code main} and captures what it prints. */
final class Console {
  /** An example's {@code main}. */
  interface Main {
    void run(String[] args) throws Exception;
  }

  private Console() {}

  /** @return the lines the example printed on {@code System.out} */
  static synchronized List<String> run(Main main, String... args) throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      main.run(args);
    } finally {
      System.setOut(original);
    }
    return out.toString(StandardCharsets.UTF_8).lines().toList();
  }
}
