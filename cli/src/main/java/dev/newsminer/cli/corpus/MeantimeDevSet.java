package dev.newsminer.cli.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The complete-label organization dev set over MEANTIME's 120 Wikinews articles
 * ({@code training/meantime-orgs}): two independent annotation passes, their adjudication in
 * {@code gold/}, and the two halves made from it. Documents are numbered in the order of
 * MEANTIME's BIO file; the odd ones form the half rules and models are tuned on, the even ones the
 * half that is only ever reported.
 */
final class MeantimeDevSet {

  /** The half a document belongs to. */
  enum Half {
    /** Odd-numbered documents: for tuning. */
    TUNE("tune.bio.tsv"),
    /** Even-numbered documents: held out, reported only. */
    HELDOUT("heldout.bio.tsv");

    final String fileName;

    Half(String fileName) {
      this.fileName = fileName;
    }

    static Half of(int document) {
      return document % 2 == 1 ? TUNE : HELDOUT;
    }
  }

  private final Path folder;

  MeantimeDevSet(Path folder) {
    this.folder = folder;
  }

  /** The documents of one annotation folder ({@code pass1}, {@code pass2} or {@code gold}), in order. */
  List<Path> documents(String annotation) throws IOException {
    try (Stream<Path> files = Files.list(folder.resolve(annotation))) {
      return files.filter(f -> f.getFileName().toString().matches("\\d{3}\\.txt")).sorted().toList();
    }
  }

  /** The BIO text of one half of the adjudicated labels: {@code token<TAB>TAG}, CoNLL layout. */
  String bio(Half half) throws IOException {
    StringBuilder out = new StringBuilder();
    for (Path doc : documents("gold")) {
      if (Half.of(number(doc)) != half) {
        continue;
      }
      out.append("-DOCSTART-\tO\n\n");
      for (String line : lines(doc)) {
        MarkedTokens sentence = parse(doc, line);
        for (int i = 0; i < sentence.tokens().size(); i++) {
          out.append(sentence.tokens().get(i)).append('\t').append(sentence.tags().get(i)).append('\n');
        }
        out.append('\n');
      }
    }
    return out.toString();
  }

  /** Writes both halves' BIO files into the folder and returns their paths. */
  List<Path> write() throws IOException {
    List<Path> written = new ArrayList<>();
    for (Half half : Half.values()) {
      written.add(Files.writeString(folder.resolve(half.fileName), bio(half), StandardCharsets.UTF_8));
    }
    return written;
  }

  /**
   * Span-exact agreement of two annotation folders over the documents both hold.
   *
   * @return {@code {first, second, agreed}} mark counts
   */
  int[] agreement(String first, String second) throws IOException {
    int[] counts = new int[3];
    for (Path a : documents(first)) {
      Path b = folder.resolve(second).resolve(a.getFileName());
      if (!Files.exists(b)) {
        continue;
      }
      List<String> linesA = lines(a);
      List<String> linesB = lines(b);
      if (linesA.size() != linesB.size()) {
        throw new IOException(b + ": " + linesB.size() + " lines, " + a + " has " + linesA.size());
      }
      for (int i = 0; i < linesA.size(); i++) {
        MarkedTokens x = parse(a, linesA.get(i));
        MarkedTokens y = parse(b, linesB.get(i));
        if (!x.tokens().equals(y.tokens())) {
          throw new IOException(b + ": line " + (i + 1) + " differs from " + a + " in its tokens, not only its marks");
        }
        Set<String> inFirst = new HashSet<>(x.spans());
        counts[0] += x.spans().size();
        counts[1] += y.spans().size();
        counts[2] += (int) y.spans().stream().filter(inFirst::contains).count();
      }
    }
    return counts;
  }

  private static List<String> lines(Path doc) throws IOException {
    List<String> lines = new ArrayList<>(Files.readAllLines(doc, StandardCharsets.UTF_8));
    while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
      lines.remove(lines.size() - 1);
    }
    return lines;
  }

  private static MarkedTokens parse(Path doc, String line) {
    try {
      return MarkedTokens.parse(line);
    } catch (IllegalArgumentException e) {
      throw new UncheckedIOException(new IOException(doc + ": " + e.getMessage()));
    }
  }

  private static int number(Path doc) {
    return Integer.parseInt(doc.getFileName().toString().substring(0, 3));
  }
}
