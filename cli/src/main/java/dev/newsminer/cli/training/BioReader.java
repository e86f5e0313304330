package dev.newsminer.cli.training;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CoNLL-style name corpora: one token per line with its tag in the last column
 * ({@code token<TAB>B-ORG}), a blank line between sentences and a {@code -DOCSTART-} line
 * between documents. Tags may be BIO2 or IOB1 (where {@code I-} also starts a name); both come
 * out as BIO2. Two kinds of line are skipped: one whose token is empty, and a bare {@code @} tagged as
 * a name, the sign of a Twitter handle that the Broad Twitter Corpus tokenizes apart from the
 * handle and tags as a name of its own.
 *
 * <p>Stateless and thread-safe.
 *
 * <pre>{@code
 * List<LabeledSentence> sentences = BioReader.read(Path.of("news.bio.tsv"));
 * }</pre>
 */
public final class BioReader {

  private BioReader() {}

  /**
   * Reads a corpus file. Its first sentence starts a document, as does the first sentence after each
   * {@code -DOCSTART-} line.
   *
   * @param file a UTF-8 CoNLL file. Must not be {@code null}.
   * @return the sentences in file order, tags converted to BIO2
   * @throws IOException when the file cannot be read, or a line has no tag column or a tag that is not
   *     O, B-TYPE or I-TYPE (the message gives the file and line number)
   */
  public static List<LabeledSentence> read(Path file) throws IOException {
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(reader, file.toString());
    }
  }

  /**
   * Reads a corpus from a reader; {@code source} names it in error messages.
   *
   * @throws IOException when reading fails or a line is malformed, naming {@code source} and the line
   */
  public static List<LabeledSentence> read(Reader reader, String source) throws IOException {
    BufferedReader lines = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
    List<LabeledSentence> sentences = new ArrayList<>();
    List<String> tokens = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    boolean documentStart = true;
    int lineNumber = 0;
    int sentenceLine = 0;
    for (String line = lines.readLine(); ; line = lines.readLine()) {
      lineNumber++;
      boolean end = line == null;
      if (end || line.isBlank() || line.startsWith("-DOCSTART-")) {
        if (!tokens.isEmpty()) {
          sentences.add(sentence(tokens, tags, documentStart, source, sentenceLine));
          documentStart = false;
          tokens.clear();
          tags.clear();
        }
        if (end) {
          return sentences;
        }
        if (line.startsWith("-DOCSTART-")) {
          documentStart = true;
        }
        continue;
      }
      int tokenEnd = columnEnd(line, 0);
      int tagStart = lastColumnStart(line);
      if (tagStart <= tokenEnd) {
        throw new IOException(source + ":" + lineNumber + ": a line must be a token and a tag; got \""
            + line + "\"");
      }
      String tag = line.substring(tagStart).strip();
      if (!BioTags.isValid(tag)) {
        throw new IOException(source + ":" + lineNumber + ": the tag must be O, B-TYPE or I-TYPE; got \""
            + tag + "\"");
      }
      String token = line.substring(0, tokenEnd);
      if (token.isEmpty() || token.equals("@") && !tag.equals("O")) {
        // Nothing to learn from an empty token (a character the source's tokenizer left blank), and
        // a bare "@" tagged as a name is a Twitter handle's sign cut off from the handle, which
        // carries the name's tag itself (Broad Twitter Corpus: "@ BloombergTV" as B-ORG B-ORG).
        continue;
      }
      if (tokens.isEmpty()) {
        sentenceLine = lineNumber;
      }
      tokens.add(token);
      tags.add(tag);
    }
  }

  private static LabeledSentence sentence(List<String> tokens, List<String> tags, boolean documentStart,
      String source, int line) throws IOException {
    List<String> bio2 = toBio2(tags);
    try {
      return new LabeledSentence(tokens, bio2, documentStart);
    } catch (IllegalArgumentException e) {
      throw new IOException(source + ":" + line + ": " + e.getMessage(), e);
    }
  }

  /** IOB1 to BIO2: an I- tag that does not continue a name of its type starts one. */
  static List<String> toBio2(List<String> tags) {
    List<String> out = new ArrayList<>(tags.size());
    String previousType = "";
    for (String tag : tags) {
      String type = BioTags.type(tag);
      if (tag.startsWith("I-") && !type.equals(previousType)) {
        tag = "B-" + type;
      }
      out.add(tag);
      previousType = type;
    }
    return out;
  }

  private static int columnEnd(String line, int from) {
    int i = from;
    while (i < line.length() && !Character.isWhitespace(line.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int lastColumnStart(String line) {
    int end = line.length();
    while (end > 0 && Character.isWhitespace(line.charAt(end - 1))) {
      end--;
    }
    int start = end;
    while (start > 0 && !Character.isWhitespace(line.charAt(start - 1))) {
      start--;
    }
    return start;
  }
}
