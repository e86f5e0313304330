package dev.newsminer.cli.corpus;

import dev.newsminer.text.TextAnalyzer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsminer corpus}: builds, checks and measures the project's own NER corpus
 * ({@code training/ner-corpus}: stories with inline marks, their BIO files, a second annotation pass).
 */
@Command(name = "corpus", mixinStandardHelpOptions = true,
    description = "Build, check and measure the project's NER corpus (training/ner-corpus).",
    subcommands = {CorpusCommand.Build.class, CorpusCommand.Check.class, CorpusCommand.Stats.class,
        CorpusCommand.Agree.class, CorpusCommand.Meantime.class, dev.newsminer.cli.gazetteer.GazetteerCommand.class})
public final class CorpusCommand {

  /** The corpus folder option shared by the subcommands. */
  static class Folder {
    @Option(names = "--corpus", paramLabel = "DIR", description = "The corpus folder (default: ${DEFAULT-VALUE}).")
    Path dir = Path.of("training/ner-corpus");

    /** The corpus folder, refused in one line when it is not there (run elsewhere than the project root). */
    Path existing() {
      if (!Files.isDirectory(dir.resolve("stories"))) {
        throw new dev.newsminer.cli.Main.UsageException("no corpus in " + dir.toAbsolutePath()
            + " (run from the project root, or name the corpus folder with --corpus DIR)");
      }
      return dir;
    }
  }

  @Command(name = "build", mixinStandardHelpOptions = true, description = "Write bio/SECTION.bio.tsv from stories/.")
  static final class Build implements Callable<Integer> {
    @picocli.CommandLine.Mixin Folder folder = new Folder();
    @Spec CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      CorpusBuilder builder = new CorpusBuilder(new TextAnalyzer());
      Path bioDir = Files.createDirectories(folder.existing().resolve("bio"));
      List<String> problems = new ArrayList<>();
      for (var section : CorpusBuilder.storiesBySection(folder.existing().resolve("stories")).entrySet()) {
        Path out = bioDir.resolve(section.getKey() + ".bio.tsv");
        Files.writeString(out, builder.bio(section.getValue(), problems::add), StandardCharsets.UTF_8);
        spec.commandLine().getOut().println(out + ": " + section.getValue().size() + " stories");
      }
      problems.forEach(spec.commandLine().getErr()::println);
      return problems.isEmpty() ? 0 : 1;
    }
  }

  @Command(name = "check", mixinStandardHelpOptions = true,
      description = "Validate format, BIO consistency and tokenization; list inconsistently tagged strings.")
  static final class Check implements Callable<Integer> {
    @picocli.CommandLine.Mixin Folder folder = new Folder();
    @Option(names = "--top", description = "How many inconsistent strings to list (default: ${DEFAULT-VALUE}).")
    int top = 40;
    @Spec CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      List<String> problems = new CorpusChecker(new CorpusBuilder(new TextAnalyzer())).check(folder.existing());
      problems.forEach(spec.commandLine().getErr()::println);
      var inconsistent = CorpusChecker.inconsistencies(readSentences(folder.existing()));
      out.println("strings tagged inconsistently: " + inconsistent.size() + " (label: count)");
      inconsistent.entrySet().stream()
          .sorted((a, b) -> Integer.compare(total(b.getValue()), total(a.getValue())))
          .limit(top)
          .forEach(e -> out.println("  " + e.getKey() + "  " + e.getValue()));
      out.println(problems.isEmpty() ? "corpus valid" : problems.size() + " problems");
      return problems.isEmpty() ? 0 : 1;
    }

    private static int total(Map<String, Integer> m) {
      return m.values().stream().mapToInt(Integer::intValue).sum();
    }
  }

  @Command(name = "stats", mixinStandardHelpOptions = true,
      description = "Print sentences, tokens, mentions per type and distinct ORG names, per section.")
  static final class Stats implements Callable<Integer> {
    @picocli.CommandLine.Mixin Folder folder = new Folder();
    @Spec CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      out.println("| section | stories | sentences | tokens | PER | ORG | LOC | MISC | distinct ORG |");
      out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
      SectionStats all = new SectionStats();
      TreeSet<String> allOrgs = new TreeSet<>();
      for (Path bio : bioFiles(folder.existing())) {
        SectionStats s = new SectionStats();
        s.add(Files.readAllLines(bio, StandardCharsets.UTF_8));
        all.add(Files.readAllLines(bio, StandardCharsets.UTF_8));
        allOrgs.addAll(s.orgs);
        out.println(s.row(bio.getFileName().toString().replace(".bio.tsv", "")));
      }
      out.println(all.row("**all**"));
      return 0;
    }
  }

  @Command(name = "agree", mixinStandardHelpOptions = true,
      description = "Agreement of the second annotation pass (pass2/) with the first (stories/).")
  static final class Agree implements Callable<Integer> {
    @picocli.CommandLine.Mixin Folder folder = new Folder();
    @Option(names = "--list", description = "List the disagreements.")
    boolean list;
    @Spec CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      AnnotationAgreement agreement = new AnnotationAgreement();
      int stories = 0;
      try (var files = Files.list(folder.existing().resolve("pass2"))) {
        for (Path second : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
          Path first = folder.existing().resolve("stories").resolve(second.getFileName());
          if (!Files.exists(first)) {
            continue;
          }
          MarkedText a = MarkedText.parse(Files.readString(first));
          MarkedText b = MarkedText.parse(Files.readString(second));
          agreement.add(second.getFileName().toString(), a, b);
          stories++;
          if (list) {
            listDisagreements(out, second.getFileName().toString(), a, b);
          }
        }
      }
      out.println("stories annotated twice: " + stories);
      out.println("| type | first pass | second pass | agreed | F1 |");
      out.println("| --- | ---: | ---: | ---: | ---: |");
      List<String> types = new ArrayList<>(agreement.types());
      types.add(null);
      for (String type : types) {
        int[] c = agreement.counts(type);
        out.printf("| %s | %d | %d | %d | %.3f |%n", type == null ? "all" : type, c[1], c[2], c[0], agreement.f1(type));
      }
      return 0;
    }

    private static void listDisagreements(PrintWriter out, String name, MarkedText a, MarkedText b) {
      var inB = new java.util.HashSet<>(b.names());
      var inA = new java.util.HashSet<>(a.names());
      for (MarkedText.Name n : a.names()) {
        if (!inB.contains(n)) {
          out.println(name + "\tfirst only\t" + n.type() + "\t" + a.text().substring(n.start(), n.end()));
        }
      }
      for (MarkedText.Name n : b.names()) {
        if (!inA.contains(n)) {
          out.println(name + "\tsecond only\t" + n.type() + "\t" + b.text().substring(n.start(), n.end()));
        }
      }
    }
  }

  /** Counts of one section's BIO lines. */
  static final class SectionStats {
    int stories;
    int sentences;
    int tokens;
    final Map<String, Integer> mentions = new LinkedHashMap<>();
    final TreeSet<String> orgs = new TreeSet<>();

    void add(List<String> lines) {
      boolean inSentence = false;
      StringBuilder org = null;
      for (String line : lines) {
        if (line.isEmpty()) {
          if (inSentence) {
            sentences++;
          }
          inSentence = false;
          org = flush(org);
          continue;
        }
        String[] cols = line.split("\t");
        if (cols[0].equals("-DOCSTART-")) {
          stories++;
          continue;
        }
        inSentence = true;
        tokens++;
        String tag = cols[1];
        if (!tag.startsWith("I-")) {
          org = flush(org);
        }
        if (tag.startsWith("B-")) {
          mentions.merge(tag.substring(2), 1, Integer::sum);
          if (tag.equals("B-ORG")) {
            org = new StringBuilder(cols[0]);
          }
        } else if (tag.equals("I-ORG") && org != null) {
          org.append(' ').append(cols[0]);
        }
      }
      if (inSentence) {
        sentences++;
      }
      flush(org);
    }

    private StringBuilder flush(StringBuilder org) {
      if (org != null) {
        orgs.add(org.toString());
      }
      return null;
    }

    String row(String name) {
      return String.format("| %s | %d | %d | %d | %d | %d | %d | %d | %d |", name, stories, sentences, tokens,
          mentions.getOrDefault("PER", 0), mentions.getOrDefault("ORG", 0), mentions.getOrDefault("LOC", 0),
          mentions.getOrDefault("MISC", 0), orgs.size());
    }
  }

  static List<Path> bioFiles(Path corpusDir) throws IOException {
    try (var files = Files.list(corpusDir.resolve("bio"))) {
      return files.filter(f -> f.toString().endsWith(".bio.tsv")).sorted().toList();
    }
  }

  static List<List<String[]>> readSentences(Path corpusDir) throws IOException {
    List<List<String[]>> sentences = new ArrayList<>();
    for (Path bio : bioFiles(corpusDir)) {
      List<String[]> current = new ArrayList<>();
      for (String line : Files.readAllLines(bio, StandardCharsets.UTF_8)) {
        if (line.isEmpty() || line.startsWith("-DOCSTART-")) {
          if (!current.isEmpty()) {
            sentences.add(current);
            current = new ArrayList<>();
          }
          continue;
        }
        current.add(line.split("\t", 2));
      }
      if (!current.isEmpty()) {
        sentences.add(current);
      }
    }
    return sentences;
  }
  @Command(name = "meantime", mixinStandardHelpOptions = true,
      description = "Write the two halves of the complete-label MEANTIME dev set (tune.bio.tsv, heldout.bio.tsv) "
          + "from gold/ and print the agreement of its two annotation passes.")
  static final class Meantime implements Callable<Integer> {
    @Option(names = "--dir", paramLabel = "DIR", description = "The dev set's folder (default: ${DEFAULT-VALUE}).")
    Path dir = Path.of("training/meantime-orgs");
    @Spec CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      MeantimeDevSet set = new MeantimeDevSet(dir);
      PrintWriter out = spec.commandLine().getOut();
      for (Path written : set.write()) {
        out.println(written);
      }
      int[] c = set.agreement("pass1", "pass2");
      out.printf(java.util.Locale.ROOT, "ORG marks: pass1 %d, pass2 %d, agreed %d, F1 %.3f%n",
          c[0], c[1], c[2], 2.0 * c[2] / Math.max(1, c[0] + c[1]));
      return 0;
    }
  }
}
