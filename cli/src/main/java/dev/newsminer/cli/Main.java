package dev.newsminer.cli;

import dev.newsminer.cli.corpus.CorpusCommand;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
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
        SearchCommand.class, OrgsCommand.class,
        CorpusCommand.class, TrainNerCommand.class, TrainCommitmentsCommand.class,
        CommandLine.HelpCommand.class})
public final class Main {

  /** Exit code when every input was processed. */
  static final int OK = 0;
  /** Exit code when some inputs failed and the rest were processed. */
  static final int SOME_FAILED = 1;
  /** Exit code for a usage error. */
  static final int USAGE = 2;

  private Main() {}

  /** Runs the command line and exits with its exit code. */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code, for tests and embedding. */
  static int run(String... args) {
    CommandLine cli = commandLine();
    return cli.execute(args);
  }

  static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new Main());
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
    cli.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? USAGE : SOME_FAILED);
    cli.setParameterExceptionHandler((e, args) -> {
      e.getCommandLine().getErr().println("newsminer: " + e.getMessage());
      return USAGE;
    });
    cli.setExecutionExceptionHandler((e, command, parseResult) -> {
      if (e instanceof UsageException) {
        command.getErr().println("newsminer: " + e.getMessage());
        return USAGE;
      }
      command.getErr().println("newsminer: " + e);
      return SOME_FAILED;
    });
    return cli;
  }

  /** A wrong argument found after parsing (a missing file, a bad value): exit 2 with its message. */
  static final class UsageException extends RuntimeException {
    UsageException(String message) {
      super(message);
    }
  }
}
