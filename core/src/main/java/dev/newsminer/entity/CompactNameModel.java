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
 * instead of 1.1 s). It is the only form of the bundled model in newsminer's jar; the OpenNLP model
 * is rebuilt from it when asked ({@link NameModelParameters#toOpenNlp()}).
 *
 * <p>Only a model that {@link GreedyNameFinder} runs (newsminer's features, a beam of 1, the BIO
 * codec) has a compact form: the check against the model's own feature generator is made when
 * the form is written, so reading it skips that check too.
 *
 * <p>The weights are the model's doubles, to the bit: nothing is rounded, so a tagger over the
 * compact form gives exactly the names and probabilities of the OpenNLP model. What is packed is the
 * rest: predicates are written in string order, each string as the length of the prefix it shares
 * with the one before and the bytes that differ (most share their family, "pw,w=", and often a word
 * with it), and each predicate's outcomes as a count instead of an {@code int} offset. Predicates no
 * feature string can reach (see {@link NameModelParameters#of}) are left out.
 *
 * <p>Layout, big-endian: the magic {@code NMNER}, a version byte, then
 * <ol>
 *   <li>{@code int} outcome count, then each outcome as an {@code int} length and UTF-8 bytes;</li>
 *   <li>{@code int} length and bytes of the model's feature generator descriptor;</li>
 *   <li>{@code int} predicate count {@code P}, {@code int} weight count {@code W}, {@code int}
 *       length of the packed predicate strings in bytes;</li>
 *   <li>the packed predicate strings: per predicate, one unsigned byte, the number of leading UTF-8
 *       bytes it shares with the previous string (at most 255), then the number of further bytes
 *       (unsigned, 7 bits a byte, low bits first, the high bit saying another byte follows) and
 *       those bytes;</li>
 *   <li>{@code P} bytes: each predicate's number of outcomes;</li>
 *   <li>{@code W} bytes: the outcome numbers, predicate by predicate, in the model's order;
 *       {@code W} {@code double}s: their weights;</li>
 *   <li>{@code int} length and the organization list as {@link NameList.Serializer} writes it.</li>
 * </ol>
 *
 * <p>The bundled compact form is generated from the OpenNLP model {@code train-ner} wrote when core
 * is built ({@code process-classes}, by {@link #main}); it is never edited or committed.
 */
final class CompactNameModel {

  private static final byte[] MAGIC = "NMNER".getBytes(StandardCharsets.US_ASCII);
  private static final byte VERSION = 2;
  private static final int MAX_SHARED = 255;

  private CompactNameModel() {}

  /**
   * Writes the parameters in compact form.
   *
   * @throws IllegalArgumentException when the model's codec is not BIO or a predicate has more
   *     outcomes than a byte counts
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
    data.writeInt(model.descriptor.length);
    data.write(model.descriptor);
    Integer[] order = reachableInStringOrder(model.keys);
    ByteArrayOutputStream packed = new ByteArrayOutputStream(model.keys.length * 8);
    byte[] previous = new byte[0];
    int weightCount = 0;
    for (int p : order) {
      byte[] key = model.keys[p].getBytes(StandardCharsets.UTF_8);
      int shared = 0;
      int most = Math.min(MAX_SHARED, Math.min(key.length, previous.length));
      while (shared < most && key[shared] == previous[shared]) {
        shared++;
      }
      packed.write(shared);
      for (int rest = key.length - shared; ; rest >>>= 7) {
        if (rest < 0x80) {
          packed.write(rest);
          break;
        }
        packed.write((rest & 0x7f) | 0x80);
      }
      packed.write(key, shared, key.length - shared);
      previous = key;
      weightCount += model.start[p + 1] - model.start[p];
    }
    data.writeInt(order.length);
    data.writeInt(weightCount);
    data.writeInt(packed.size());
    packed.writeTo(data);
    for (int p : order) {
      int count = model.start[p + 1] - model.start[p];
      if (count > 0xff) {
        throw new IllegalArgumentException("a predicate has more outcomes than a byte counts; got " + count);
      }
      data.writeByte(count);
    }
    for (int p : order) {
      data.write(model.outcome, model.start[p], model.start[p + 1] - model.start[p]);
    }
    for (int p : order) {
      for (int k = model.start[p]; k < model.start[p + 1]; k++) {
        data.writeLong(Double.doubleToRawLongBits(model.weights[k]));
      }
    }
    ByteArrayOutputStream names = new ByteArrayOutputStream();
    new NameList.Serializer().serialize(model.names, names);
    data.writeInt(names.size());
    names.writeTo(data);
    data.flush();
  }

  /** The numbers of the predicates a feature string can reach, ordered by their strings. */
  private static Integer[] reachableInStringOrder(String[] keys) {
    return java.util.stream.IntStream.range(0, keys.length)
        .filter(p -> !keys[p].isEmpty())
        .boxed()
        .sorted(java.util.Comparator.comparing(p -> keys[p]))
        .toArray(Integer[]::new);
  }

  /**
   * Reads parameters in compact form.
   *
   * @throws IOException when the stream cannot be read or does not hold a compact model
   */
  static NameModelParameters read(InputStream in) throws IOException {
    byte[] all = in.readAllBytes();
    ByteBuffer b = ByteBuffer.wrap(all);
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
      byte[] descriptor = new byte[count(b)];
      b.get(descriptor);
      int predicates = count(b);
      int weightCount = count(b);
      int packedLength = count(b);
      String[] keys = new String[predicates];
      int at = b.position();
      int packedEnd = Math.addExact(at, packedLength);
      byte[] key = new byte[MAX_SHARED + 64];
      for (int p = 0; p < predicates; p++) {
        int shared = all[at++] & 0xff;
        int rest = 0;
        for (int shift = 0; ; shift += 7) {
          int next = all[at++];
          rest |= (next & 0x7f) << shift;
          if (next >= 0 || shift > 21) {
            break;
          }
        }
        int length = shared + rest;
        if (length > key.length) {
          key = java.util.Arrays.copyOf(key, Math.max(length, 2 * key.length));
        }
        System.arraycopy(all, at, key, shared, rest);
        at += rest;
        keys[p] = new String(key, 0, length, StandardCharsets.UTF_8);
      }
      if (at != packedEnd) {
        throw new IOException("predicate strings of a compact name model end at " + at + ", not " + packedEnd);
      }
      b.position(packedEnd);
      int[] start = new int[predicates + 1];
      for (int p = 0; p < predicates; p++) {
        start[p + 1] = start[p] + (b.get() & 0xff);
      }
      byte[] outcome = new byte[weightCount];
      b.get(outcome);
      double[] weights = new double[weightCount];
      b.asDoubleBuffer().get(weights);
      b.position(b.position() + 8 * weightCount);
      int namesLength = count(b);
      NameList names = new NameList.Serializer().create(
          new ByteArrayInputStream(all, b.position(), namesLength));
      return new NameModelParameters(outcomes, keys, start, outcome, weights, names, new BioCodec(), descriptor);
    } catch (java.nio.BufferUnderflowException | IndexOutOfBoundsException | IllegalArgumentException
        | ArithmeticException e) {
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
   * Writes the compact form of an OpenNLP name model: {@code MODEL.bin OUT [FALLBACK]}. Run by core's
   * build on the model {@code train-ner} wrote, which the jar does not carry; also usable by hand on
   * any such model. When the model cannot be run by {@link GreedyNameFinder}, it says so, removes
   * {@code OUT}, copies the model itself to {@code FALLBACK} when given, and exits 0:
   * {@link NameTagger#bundled()} then loads that OpenNLP model. Skips the work when what it would
   * write is newer than {@code MODEL.bin}.
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2 && args.length != 3) {
      System.err.println("usage: CompactNameModel MODEL.bin OUT [FALLBACK]");
      System.exit(2);
    }
    Path model = Path.of(args[0]);
    Path out = Path.of(args[1]);
    Path fallback = args.length == 3 ? Path.of(args[2]) : null;
    if (upToDate(out, model) || (fallback != null && upToDate(fallback, model))) {
      return;
    }
    OpenNlpExtensions.allow();
    TokenNameFinderModel opennlp;
    try (InputStream in = Files.newInputStream(model)) {
      opennlp = new TokenNameFinderModel(in);
    }
    NameModelParameters parameters = NameModelParameters.of(opennlp);
    Files.createDirectories(out.toAbsolutePath().getParent());
    if (!GreedyNameFinder.matchesModel(opennlp, parameters) || parameters.codec.getClass() != BioCodec.class) {
      System.err.println("CompactNameModel: " + model + " has other features, another beam or codec than "
          + "newsminer's decoder runs; no compact form written"
          + (fallback == null ? "" : ", the model itself bundled as " + fallback));
      Files.deleteIfExists(out);
      if (fallback != null) {
        Files.copy(model, fallback, StandardCopyOption.REPLACE_EXISTING);
      }
      return;
    }
    if (fallback != null) {
      Files.deleteIfExists(fallback);
    }
    Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
    try (OutputStream o = new java.io.BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
      write(parameters, o);
    }
    Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
  }
}
