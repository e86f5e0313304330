package dev.newsminer.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import opennlp.tools.util.model.ArtifactSerializer;
import opennlp.tools.util.model.SerializableArtifact;

/**
 * A set of tokenized organization names, matched longest-first in a sentence; the data behind the
 * name finder's gazetteer feature, stored inside the model.
 *
 * <p>Names match case-insensitively, except that a name whose first token is capitalized in the list
 * does not match a lowercase word in the text ("Apple" does not match "apple"). For training, a list
 * may carry held-out folds: in a document of fold k it ignores the names that the training corpus
 * annotates only in fold k, so that the feature fires on training names about as often as it will on
 * unseen text. Public only so that the trainer ({@code newsminer train-ner}, outside this runtime
 * package) can build the list it stores in a model; at run time the feature generator reads it.
 *
 * <p>Immutable and thread-safe.
 */
public final class NameList implements SerializableArtifact {

  /** Name of the list inside a model, as the feature descriptor refers to it. */
  public static final String RESOURCE = "organizations.names";

  @Override
  public Class<?> getArtifactSerializerClass() {
    return Serializer.class;
  }

  /** Number of held-out folds in training. */
  public static final int FOLDS = 5;

  private static final class Node {
    final Map<String, Node> next = new HashMap<>(4);
    boolean terminal;
    /** For a first token: whether the list has a name starting with this word in lowercase. */
    boolean lowercaseStart;
  }

  private final Node root = new Node();
  private final List<String[]> names;
  /** For training only: per fold, the normalized names to ignore in that fold's documents. */
  private final List<Set<String>> heldOut;

  private NameList(Collection<String[]> names, List<Set<String>> heldOut) {
    this.names = List.copyOf(names);
    this.heldOut = heldOut;
    for (String[] name : this.names) {
      Node node = root;
      for (int i = 0; i < name.length; i++) {
        String key = name[i].toLowerCase(Locale.ROOT);
        node = node.next.computeIfAbsent(key, k -> new Node());
        if (i == 0 && !name[0].isEmpty() && !Character.isUpperCase(name[0].charAt(0))) {
          node.lowercaseStart = true;
        }
      }
      node.terminal = true;
    }
  }

  /**
   * A list of tokenized names; empty names are dropped.
   *
   * @param names the names, each as an array of tokens. Must not be {@code null}.
   * @return the list of the names that are not empty
   */
  public static NameList of(Collection<String[]> names) {
    List<String[]> kept = new ArrayList<>();
    for (String[] name : names) {
      if (name.length > 0) {
        kept.add(name.clone());
      }
    }
    return new NameList(kept, null);
  }

  /**
   * The same names, with a set of normalized names (see {@link #key}) to ignore per fold.
   *
   * @param ignoredPerFold for each fold, the keys of the names it must not see
   * @return a copy that ignores those names in each fold
   */
  public NameList withHeldOut(List<Set<String>> ignoredPerFold) {
    if (ignoredPerFold.size() != FOLDS) {
      throw new IllegalArgumentException("one set per fold is needed; got " + ignoredPerFold.size());
    }
    return new NameList(names, List.copyOf(ignoredPerFold));
  }

  /**
   * The tokenized names.
   *
   * @return the names, each as an array of tokens
   */
  public List<String[]> names() {
    return names;
  }

  /**
   * Number of names.
   *
   * @return the number of names
   */
  public int size() {
    return names.size();
  }

  /**
   * The fold of a training document, computed from its first sentence.
   *
   * @param firstSentence the tokens of the document's first sentence
   * @return the fold number, from 0
   */
  public static int foldOf(String[] firstSentence) {
    return Math.floorMod(Arrays.hashCode(firstSentence), FOLDS);
  }

  /**
   * The normalized form of a name: lowercase tokens joined by single spaces.
   *
   * @param tokens the tokens the name is in
   * @param start  the index of the name's first token
   * @param end    the index just past its last token (exclusive)
   * @return the key of the name
   */
  public static String key(String[] tokens, int start, int end) {
    StringBuilder sb = new StringBuilder();
    for (int i = start; i < end; i++) {
      if (i > start) {
        sb.append(' ');
      }
      sb.append(tokens[i].toLowerCase(Locale.ROOT));
    }
    return sb.toString();
  }

  /**
   * Marks the names of the list in a sentence, longest match first and without overlaps.
   *
   * @param tokens the sentence
   * @param lower  the same tokens lowercased ({@link Locale#ROOT})
   * @param fold   the document's fold for held-out training, or -1 at run time
   * @param marks  filled with 0 (no name), {@code 'B'} (first token of a name) or {@code 'I'}
   */
  void mark(String[] tokens, String[] lower, int fold, byte[] marks) {
    Arrays.fill(marks, 0, tokens.length, (byte) 0);
    Set<String> ignored = heldOut != null && fold >= 0 ? heldOut.get(fold) : null;
    int i = 0;
    while (i < tokens.length) {
      int end = longestMatch(tokens, lower, i, ignored);
      if (end > i) {
        marks[i] = 'B';
        for (int j = i + 1; j < end; j++) {
          marks[j] = 'I';
        }
        i = end;
      } else {
        i++;
      }
    }
  }

  private int longestMatch(String[] tokens, String[] lower, int start, Set<String> ignored) {
    Node first = root.next.get(lower[start]);
    if (first == null) {
      return start;
    }
    char c = tokens[start].charAt(0);
    if (Character.isLowerCase(c) && !first.lowercaseStart) {
      return start;
    }
    int best = start;
    Node node = first;
    int i = start + 1;
    while (true) {
      if (node.terminal && (ignored == null || !ignored.contains(key(tokens, start, i)))) {
        best = i;
      }
      if (i >= tokens.length) {
        break;
      }
      node = node.next.get(lower[i]);
      if (node == null) {
        break;
      }
      i++;
    }
    return best;
  }

  /**
   * Stores a list in a model as UTF-8 text, one name per line, tokens separated by single spaces.
   * Referenced by class name from the model's manifest, so it must stay public with a public
   * no-argument constructor.
   */
  public static final class Serializer implements ArtifactSerializer<NameList> {

    /** Creates the serializer; OpenNLP instantiates it by reflection when it loads a model. */
    public Serializer() {}

    @Override
    public NameList create(InputStream in) throws IOException {
      // The model's zip stream must stay open: read without closing it.
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String[]> names = new ArrayList<>();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank()) {
          names.add(line.strip().split(" "));
        }
      }
      return NameList.of(names);
    }

    @Override
    public void serialize(NameList list, OutputStream out) throws IOException {
      Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      for (String[] name : list.names) {
        writer.write(String.join(" ", name));
        writer.write('\n');
      }
      writer.flush();
    }
  }
}
