package dev.newsminer.cli;

import dev.newsminer.cli.serve.SearchServer;
import dev.newsminer.index.ArticleIndex;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsminer serve}: a search page and its JSON API over an index folder, until Ctrl-C.
 * The index is opened read-only, so {@code newsminer index} may add to it meanwhile; the page sees
 * each commit.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve a search page and a JSON API (/api/search, /api/orgs, /api/orgs/NAME) over an index"
        + " until Ctrl-C.")
final class ServeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--index", paramLabel = "DIR", required = true, description = "The index folder.")
  Path indexDir;

  @Option(names = "--port", paramLabel = "N", description = "The port; 0 for any free one (default: ${DEFAULT-VALUE}).")
  int port = 8080;

  @Option(names = "--host", paramLabel = "ADDRESS",
      description = "The address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
  String host = "127.0.0.1";

  /** Counted down once the server has stopped. */
  private final CountDownLatch stopped = new CountDownLatch(1);

  @Override
  public Integer call() throws IOException, InterruptedException {
    if (port < 0 || port > 65_535) {
      throw new Main.UsageException("--port must be from 0 to 65535; got " + port);
    }
    ArticleIndex index = Arguments.openIndex(indexDir);
    SearchServer server;
    try {
      server = SearchServer.start(index, host, port);
    } catch (IOException | RuntimeException e) {
      index.close();
      throw new Main.UsageException("cannot listen on " + host + ":" + port + ": " + e.getMessage());
    }
    // Ctrl-C ends the JVM: the hook stops the server and closes the index on the way out.
    Runtime.getRuntime().addShutdownHook(new Thread(() -> close(server, index), "newsminer-serve-stop"));
    PrintWriter out = spec.commandLine().getOut();
    out.println("newsminer: serving " + indexDir + " at " + server.uri() + " (Ctrl-C stops)");
    out.flush();
    stopped.await();
    return Main.OK;
  }

  private synchronized void close(SearchServer server, ArticleIndex index) {
    if (stopped.getCount() == 0) {
      return;
    }
    server.close();
    try {
      index.close();
    } catch (IOException e) {
      spec.commandLine().getErr().println("newsminer: closing the index: " + e.getMessage());
    }
    stopped.countDown();
  }
}
