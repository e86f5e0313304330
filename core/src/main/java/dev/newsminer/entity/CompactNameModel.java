package dev.newsminer.entity;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * newsminer's compact form of a name finder model: the parameters of the maxent model as arrays
 * that load with a few bulk reads, instead of OpenNLP's model format, which reads every predicate
 * and weight one at a time into a map of objects (for the bundled model 0.27 s of thread CPU
 * instead of 1.1 s).
 *
 * <p>Only a model that {@link GreedyNameFinder} runs (newsminer's features, a beam of 1, the BIO
 * codec) has a compact form: the check against the model's own feature generator is made when
 * the form is written, so reading it skips that check too.
 *
 * <p>Layout, big-endian: the magic {@code NMNER}, a version byte, then
 * <ol>
 *   <li>{@code int} outcome count, then each outcome as an {@code int} length and UTF-8 bytes;</li>
 *   <li>{@code int} predicate count {@code P}, {@code int} weight count {@code W}, {@code int}
 *       length of the predicate strings in UTF-8 bytes;</li>
 *   <li>{@code P} {@code int}s: where each predicate's string ends in the UTF-8 bytes that follow;</li>
 *   <li>the UTF-8 bytes of the predicate strings, in predicate order;</li>
 *   <li>{@code P + 1} {@code int}s: where each predicate's outcomes and weights start;</li>
 *   <li>{@code W} bytes: the outcome numbers; {@code W} {@code double}s: the weights;</li>
 *   <li>{@code int} length and the organization list as {@link NameList.Serializer} writes it.</li>
 * </ol>
 *
 * <p>The bundled compact form is generated from the bundled OpenNLP model when core is built
 * ({@code process-classes}, by {@link #main}); it is never edited or committed.
 */
final class CompactNameModel {

  private static final byte[] MAGIC = "NMNER".getBytes(StandardCharsets.US_ASCII);
  private static final byte VERSION = 1;

  private CompactNameModel() {}

  /**
   * Writes the parameters in compact form.
   *
   * @throws IllegalArgumentException when the model's codec is not BIO
   */
  static void write(NameModelParameters model, OutputStream out) throws IOException {
    if (model.codec.getClass() != BioCodec.class) {
      throw new IllegalArgumentException("only a BIO model has a compact form; got " + model.codec.getClass());
    }
    DataOutputStream data = new DataOutputStream(out);
    data.write(MAGIC);
    data.writeByte(VERSION);
    data.writeInt(model.outcomes.length);
    for (String o : model.outcomes) {
      byte[] bytes = o.getBytes(StandardCharsets.UTF_8);
      data.writeInt(bytes.length);
      data.write(bytes);
    }
    ByteArrayOutputStream keyBytes = new ByteArrayOutputStream(model.keys.length * 16);
    int[] keyEnds = new int[model.keys.length];
    for (int p = 0; p < model.keys.length; p++) {
      keyBytes.write(model.keys[p].getBytes(StandardCharsets.UTF_8));
      keyEnds[p] = keyBytes.size();
    }
    data.writeInt(model.keys.length);
    data.writeInt(model.weights.length);
    data.writeInt(keyBytes.size());
    for (int end : keyEnds) {
      data.writeInt(end);
    }
    keyBytes.writeTo(data);
    for (int s : model.start) {
      data.writeInt(s);
    }
    data.write(model.outcome);
    for (double w : model.weights) {
      data.writeLong(Double.doubleToRawLongBits(w));
    }
    ByteArrayOutputStream names = new ByteArrayOutputStream();
    new NameList.Serializer().serialize(model.names, names);
    data.writeInt(names.size());
    names.writeTo(data);
    data.flush();
  }

  /**
   * Reads parameters in compact form.
   *
   * @throws IOException when the stream cannot be read or does not hold a compact model
   */
  static NameModelParameters read(InputStream in) throws IOException {
    ByteBuffer b = ByteBuffer.wrap(in.readAllBytes());
    try {
      byte[] magic = new byte[MAGIC.length];
      b.get(magic);
      byte version = b.get();
      if (!java.util.Arrays.equals(magic, MAGIC) || version != VERSION) {
        throw new IOException("not a compact name model of version " + VERSION);
      }
      String[] outcomes = new String[count(b)];
      for (int o = 0; o < outcomes.length; o++) {
        outcomes[o] = utf8(b, count(b));
      }
      int predicates = count(b);
      int weightCount = count(b);
      int keyLength = count(b);
      int[] keyEnds = new int[predicates];
      b.asIntBuffer().get(keyEnds);
      b.position(b.position() + 4 * predicates);
      byte[] keyBytes = b.array();
      int keyBase = b.position();
      String[] keys = new String[predicates];
      int from = 0;
      for (int p = 0; p < predicates; p++) {
        keys[p] = new String(keyBytes, keyBase + from, keyEnds[p] - from, StandardCharsets.UTF_8);
        from = keyEnds[p];
      }
      b.position(keyBase + keyLength);
      int[] start = new int[predicates + 1];
      b.asIntBuffer().get(start);
      b.position(b.position() + 4 * start.length);
      byte[] outcome = new byte[weightCount];
      b.get(outcome);
      double[] weights = new double[weightCount];
      b.asDoubleBuffer().get(weights);
      b.position(b.position() + 8 * weightCount);
      int namesLength = count(b);
      NameList names = new NameList.Serializer().create(
          new ByteArrayInputStream(b.array(), b.position(), namesLength));
      return new NameModelParameters(outcomes, keys, start, outcome, weights, names, new BioCodec());
    } catch (java.nio.BufferUnderflowException | IndexOutOfBoundsException | IllegalArgumentException e) {
      throw new IOException("truncated or inconsistent compact name model (" + e + ")", e);
    }
  }

  private static int count(ByteBuffer b) throws IOException {
    int n = b.getInt();
    if (n < 0 || n > b.capacity()) {
      throw new IOException("bad count in compact name model; got " + n);
    }
    return n;
  }

  private static String utf8(ByteBuffer b, int length) {
    String s = new String(b.array(), b.position(), length, StandardCharsets.UTF_8);
    b.position(b.position() + length);
    return s;
  }

  /** Whether {@code out} is newer than the model and than this class (a change of layout rewrites it). */
  private static boolean upToDate(Path out, Path model) throws IOException {
    if (!Files.exists(out) || Files.getLastModifiedTime(out).compareTo(Files.getLastModifiedTime(model)) <= 0) {
      return false;
    }
    java.net.URL self = CompactNameModel.class.getResource("CompactNameModel.class");
    if (self != null && "file".equals(self.getProtocol())) {
      try {
        Path classFile = Path.of(self.toURI());
        return Files.getLastModifiedTime(out).compareTo(Files.getLastModifiedTime(classFile)) > 0;
      } catch (java.net.URISyntaxException e) {
        return false;
      }
    }
    return true;
  }

  /**
   * Writes the compact form of an OpenNLP name model: {@code MODEL.bin OUT}. Run by core's build on
   * the bundled model; also usable by hand on any model {@code newsminer train-ner} wrote. When the
   * model cannot be run by {@link GreedyNameFinder}, it says so, removes {@code OUT} and exits 0:
   * {@link NameTagger#bundled()} then loads the OpenNLP model itself. Skips the work when {@code OUT}
   * is newer than {@code MODEL.bin}.
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: CompactNameModel MODEL.bin OUT");
      System.exit(2);
    }
    Path model = Path.of(args[0]);
    Path out = Path.of(args[1]);
    if (upToDate(out, model)) {
      return;
    }
    OpenNlpExtensions.allow();
    TokenNameFinderModel opennlp;
    try (InputStream in = Files.newInputStream(model)) {
      opennlp = new TokenNameFinderModel(in);
    }
    NameModelParameters parameters = NameModelParameters.of(opennlp);
    if (!GreedyNameFinder.matchesModel(opennlp, parameters) || parameters.codec.getClass() != BioCodec.class) {
      System.err.println("CompactNameModel: " + model + " has other features, another beam or codec than "
          + "newsminer's decoder runs; no compact form written");
      Files.deleteIfExists(out);
      return;
    }
    Files.createDirectories(out.toAbsolutePath().getParent());
    Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
    try (OutputStream o = new java.io.BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
      write(parameters, o);
    }
    Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
  }
}
