package dev.newsminer.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Runs the {@code newsminer} command line in this JVM, as the shell would, and keeps what it wrote
 * to stdout and stderr: the Spark job's tests compare the job's output with it.
 *
 * @param exitCode the command's exit code
 * @param out      what it wrote to stdout
 * @param err      what it wrote to stderr
 */
public record CommandLineRun(int exitCode, String out, String err) {

  /** Runs {@code newsminer ARGS…}; not thread-safe, it swaps {@code System.out} and {@code System.err}. */
  public static synchronized CommandLineRun of(String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      int code = Main.run(args);
      System.out.flush();
      System.err.flush();
      return new CommandLineRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }
}
