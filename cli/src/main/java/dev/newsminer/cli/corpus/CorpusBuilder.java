package dev.newsminer.cli.corpus;

import dev.newsminer.Sentence;
import dev.newsminer.Token;
import dev.newsminer.text.TextAnalyzer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Turns the corpus stories ({@code stories/*.txt}, names marked inline) into
 * {@code token<TAB>BIO2} files, one per section (the story name before its last {@code -}), with
 * {@code -DOCSTART-} between stories and a blank line between sentences. Tokens and sentences come
 * from {@link TextAnalyzer}, the same tokenizer the recognizer sees at run time.
 */
final class CorpusBuilder {

  private final TextAnalyzer analyzer;

  CorpusBuilder(TextAnalyzer analyzer) {
    this.analyzer = analyzer;
  }

  /** One story as tagged sentences: each sentence a list of {token, tag} pairs. */
  record TaggedStory(String name, List<List<String[]>> sentences) {}

  /**
   * Tokenizes and tags one story.
   *
   * @throws IllegalArgumentException when a mark is malformed or does not begin and end on token
   *     boundaries; the message names the story
   */
  TaggedStory tag(String name, String marked) {
    MarkedText story;
    try {
      story = MarkedText.parse(marked);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
    }
    List<List<String[]>> sentences = new ArrayList<>();
    List<MarkedText.Name> names = story.names();
    int next = 0;
    int[] covered = new int[names.size()];
    for (Sentence sentence : analyzer.analyze(story.text())) {
      List<String[]> rows = new ArrayList<>();
      for (Token token : sentence.tokens()) {
        while (next < names.size() && names.get(next).end() <= token.start()) {
          next++;
        }
        String tag = "O";
        if (next < names.size() && names.get(next).start() < token.end()) {
          MarkedText.Name n = names.get(next);
          if (token.start() < n.start() || token.end() > n.end()) {
            throw new IllegalArgumentException(name + ": mark [" + n.type() + " "
                + story.text().substring(n.start(), n.end()) + "] cuts the token '" + token.text() + "'");
          }
          tag = (token.start() == n.start() ? "B-" : "I-") + n.type();
          covered[next]++;
        }
        rows.add(new String[] {token.text(), tag});
      }
      // A sentence break inside a name ("J.B. Hunt") is a sentence detector error: keep the name whole.
      if (!sentences.isEmpty() && !rows.isEmpty() && rows.get(0)[1].startsWith("I-")) {
        sentences.get(sentences.size() - 1).addAll(rows);
      } else {
        sentences.add(rows);
      }
    }
    for (int i = 0; i < names.size(); i++) {
      MarkedText.Name n = names.get(i);
      if (covered[i] == 0) {
        throw new IllegalArgumentException(name + ": mark [" + n.type() + " " + story.text().substring(n.start(), n.end())
            + "] covers no token");
      }
    }
    return new TaggedStory(name, sentences);
  }

  /** The stories of a corpus folder by section, in name order. */
  static Map<String, List<Path>> storiesBySection(Path storiesDir) throws IOException {
    Map<String, List<Path>> sections = new TreeMap<>();
    try (Stream<Path> files = Files.list(storiesDir)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        String base = file.getFileName().toString();
        int dash = base.lastIndexOf('-');
        String section = dash > 0 ? base.substring(0, dash) : base.substring(0, base.length() - 4);
        sections.computeIfAbsent(section, k -> new ArrayList<>()).add(file);
      }
    }
    return sections;
  }

  /**
   * The BIO file content of a section. A story with a malformed mark is left out and reported to
   * {@code problems}.
   */
  String bio(List<Path> stories, java.util.function.Consumer<String> problems) throws IOException {
    StringBuilder out = new StringBuilder();
    for (Path file : stories) {
      TaggedStory story;
      try {
        story = tag(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
      } catch (IllegalArgumentException e) {
        problems.accept(e.getMessage());
        continue;
      }
      out.append("-DOCSTART-\tO\n\n");
      for (List<String[]> sentence : story.sentences()) {
        for (String[] row : sentence) {
          out.append(row[0]).append('\t').append(row[1]).append('\n');
        }
        out.append('\n');
      }
    }
    return out.toString();
  }
}
