package dev.newsminer.cli;

import dev.newsminer.cli.corpus.CorpusCommand;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code newsminer} command: one subcommand per job.
 *
 * <p>Exit codes: 0 when every input was processed, 1 when some inputs failed (each is listed on
 * stderr), 2 for a usage error (a one-line message, no stack trace). Each call of
 * {@code main} builds its own {@link CommandLine}; the commands write to the process's stdout and
 * stderr, so one run at a time per process is what they expect.
 *
 * <pre>{@code
 * newsminer extract examples/ --out found.jsonl
 * }</pre>
 */
@Command(name = "newsminer", mixinStandardHelpOptions = true, version = "newsminer 0.1.0-SNAPSHOT",
    description = "Finds organizations and their commitments in news articles.",
    subcommands = {ExtractCommand.class, EvalNerCommand.class, EvalCommitmentsCommand.class, IndexCommand.class,
        SearchCommand.class, OrgsCommand.class, ServeCommand.class,
        CorpusCommand.class, TrainNerCommand.class, TrainCommitmentsCommand.class,
        CommandLine.HelpCommand.class})
public final class Main {

  /** Exit code when every input was processed. */
  static final int OK = 0;
  /** Exit code when some inputs failed and the rest were processed. */
  static final int SOME_FAILED = 1;
  /** Exit code for a usage error. */
  static final int USAGE = 2;

  /** When this process's JVM started ({@link System#nanoTime()} scale), or -1 when not run by {@link #main}. */
  private static volatile long processStart = -1;

  private Main() {}

  /** Runs the command line and exits with its exit code. */
  public static void main(String[] args) {
    processStart = jvmStart();
    System.exit(run(args));
  }

  /**
   * When the current run started, for its stats: the JVM's start when the process runs the command
   * line, so that start-up is counted, or now for a command run in-process (tests, embedding).
   */
  static long runStart() {
    long start = processStart;
    return start >= 0 ? start : System.nanoTime();
  }

  /** The JVM's start on the {@link System#nanoTime()} scale, from the operating system's process start time. */
  private static long jvmStart() {
    long now = System.nanoTime();
    return ProcessHandle.current().info().startInstant()
        .map(started -> now - Math.max(0, System.currentTimeMillis() - started.toEpochMilli()) * 1_000_000)
        .orElse(now);
  }

  /** Runs the command line and returns its exit code, for tests and embedding. */
  static int run(String... args) {
    CommandLine cli = commandLine();
    try {
      return cli.execute(args);
    } catch (StackOverflowError | OutOfMemoryError e) {
      // picocli hands on errors; the contract is still one line and no stack trace.
      cli.getErr().println("newsminer: " + oneLine(e));
      cli.getErr().flush();
      return SOME_FAILED;
    }
  }

  static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new Main());
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
    cli.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? USAGE : SOME_FAILED);
    cli.setParameterExceptionHandler((e, args) -> {
      e.getCommandLine().getErr().println("newsminer: " + abbreviate(usageMessage(e)));
      return USAGE;
    });
    cli.setExecutionExceptionHandler((e, command, parseResult) -> {
      if (e instanceof UsageException) {
        command.getErr().println("newsminer: " + abbreviate(String.valueOf(e.getMessage())));
        return USAGE;
      }
      command.getErr().println("newsminer: " + oneLine(e));
      return SOME_FAILED;
    });
    return cli;
  }

  /**
   * What was wrong with the command line, in the user's terms: a word where a command belongs is an
   * unknown command, not picocli's "Unmatched argument at index 0".
   */
  static String usageMessage(CommandLine.ParameterException e) {
    CommandLine where = e.getCommandLine();
    if (e instanceof CommandLine.UnmatchedArgumentException unmatched && !where.getSubcommands().isEmpty()
        && !unmatched.getUnmatched().isEmpty() && !unmatched.getUnmatched().get(0).startsWith("-")) {
      String name = where.getCommandSpec().qualifiedName();
      List<String> commands = where.getSubcommands().keySet().stream().filter(c -> !c.equals("help")).toList();
      return "unknown command '" + unmatched.getUnmatched().get(0) + "' (commands: " + String.join(", ", commands)
          + "; see '" + name + " --help')";
    }
    return String.valueOf(e.getMessage());
  }

  /** Messages longer than this are cut: a 100 KB query must not come back whole. */
  static final int MAX_MESSAGE_CHARS = 300;

  /**
   * One line that says what went wrong, without a stack trace or a Java class name: the message,
   * its first line only, at most {@value #MAX_MESSAGE_CHARS} chars.
   */
  static String oneLine(Throwable e) {
    if (e instanceof StackOverflowError) {
      return "input nested too deeply to process";
    }
    if (e instanceof OutOfMemoryError) {
      return "out of memory (raise the heap with NEWSMINER_JAVA_OPTS=-Xmx…)";
    }
    String message = e.getMessage();
    if (message == null || message.isBlank()) {
      return e.getCause() != null && e.getCause() != e ? oneLine(e.getCause()) : "unexpected internal error";
    }
    return abbreviate(message);
  }

  /** The first line of {@code message}, cut to {@value #MAX_MESSAGE_CHARS} chars with an ellipsis. */
  static String abbreviate(String message) {
    String s = message.strip();
    int nl = s.indexOf('\n');
    if (nl >= 0) {
      s = s.substring(0, nl).strip();
    }
    return s.length() <= MAX_MESSAGE_CHARS ? s : s.substring(0, MAX_MESSAGE_CHARS - 1) + "…";
  }

  /** A wrong argument found after parsing (a missing file, a bad value): exit 2 with its message. */
  public static final class UsageException extends RuntimeException {
    public UsageException(String message) {
      super(message);
    }
  }
}
