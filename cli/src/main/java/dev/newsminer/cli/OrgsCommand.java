package dev.newsminer.cli;

import dev.newsminer.ExtractionJson;
import dev.newsminer.index.ArticleIndex;
import dev.newsminer.index.OrganizationCount;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsminer orgs}: the organizations of an index by articles and commitments. */
@Command(name = "orgs", mixinStandardHelpOptions = true,
    description = "List the organizations in an index by the articles naming them and their commitments.")
final class OrgsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--index", paramLabel = "DIR", required = true, description = "The index folder.")
  Path indexDir;

  @Option(names = "--top", paramLabel = "N", description = "How many organizations (default: ${DEFAULT-VALUE}).")
  int top = 20;

  @Option(names = "--json", description = "Print JSON for machines.")
  boolean json;

  @Override
  public Integer call() throws IOException {
    if (top < 1) {
      throw new Main.UsageException("--top must be >= 1; got " + top);
    }
    List<OrganizationCount> orgs;
    try (ArticleIndex index = Arguments.openIndex(indexDir)) {
      index.verify();
      orgs = index.organizations(top);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(ExtractionJson.mapper().writeValueAsString(orgs));
    } else {
      out.printf("%-40s %-11s %8s %11s%n", "organization", "type", "articles", "commitments");
      for (OrganizationCount o : orgs) {
        out.printf("%-40s %-11s %8d %11d%n", o.name(), o.type(), o.articles(), o.commitments());
      }
    }
    out.flush();
    return Main.OK;
  }
}
