package dev.newsminer.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the newsminer command line in-process, as a test would from a shell, and keeps what it printed. */
final class CommandRun {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  /** Runs one command line and returns its exit code; output accumulates across runs. */
  int run(String... args) {
    return Main.commandLine()
        .setOut(new PrintWriter(out, true))
        .setErr(new PrintWriter(err, true))
        .execute(args);
  }

  /** Everything printed on stdout so far. */
  String out() {
    return out.toString();
  }

  /** Everything printed on stderr so far. */
  String err() {
    return err.toString();
  }

  /** A writer into the same stderr record, for code under test that reports problems. */
  PrintWriter errWriter() {
    return new PrintWriter(err, true);
  }
}
