package dev.newsminer.entity;

import java.util.List;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * The shape of the token and of its neighbours as name finder features: each letter or digit mapped
 * to {@code X}, {@code x} or {@code d}, runs collapsed ("IBM" → {@code X}, "McDonald" → {@code XxXx},
 * "U.S." → {@code X.X.}, "1987" → {@code d}), plus whether the sentence is a headline in capitals,
 * where capitals say nothing about names.
 *
 * <p>Not thread-safe, like every OpenNLP feature generator. Shapes are computed once per sentence with
 * a character loop, no regexes.
 */
final class TokenShapeFeatureGenerator implements AdaptiveFeatureGenerator {

  /** Longer shapes are cut here, so that odd tokens do not make a feature each. */
  static final int MAX_SHAPE = 8;

  private String[] sentence;
  private String[] shapes = new String[64];
  private boolean headline;
  private final StringBuilder buffer = new StringBuilder(MAX_SHAPE);

  @Override
  public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
    if (tokens != sentence) {
      shapeSentence(tokens);
    }
    String here = shapes[index];
    String before = index > 0 ? shapes[index - 1] : "^";
    String after = index + 1 < tokens.length ? shapes[index + 1] : "$";
    String prefix = headline ? "hl:" : "";
    features.add(prefix + "sh=" + here);
    features.add(prefix + "sh-1=" + before);
    features.add(prefix + "sh+1=" + after);
    features.add(prefix + "sh-1,0=" + before + ',' + here);
    features.add(prefix + "sh0,+1=" + here + ',' + after);
  }

  private void shapeSentence(String[] tokens) {
    sentence = tokens;
    if (tokens.length > shapes.length) {
      shapes = new String[tokens.length * 2];
    }
    int capsTokens = 0;
    int wordTokens = 0;
    for (int i = 0; i < tokens.length; i++) {
      shapes[i] = shape(tokens[i], buffer);
      boolean hasLetter = false;
      boolean hasLower = false;
      String token = tokens[i];
      for (int c = 0; c < token.length(); c++) {
        char ch = token.charAt(c);
        hasLetter |= Character.isLetter(ch);
        hasLower |= Character.isLowerCase(ch);
      }
      if (hasLetter && token.length() > 1) {
        wordTokens++;
        if (!hasLower) {
          capsTokens++;
        }
      }
    }
    headline = wordTokens >= 3 && capsTokens * 10 >= wordTokens * 8;
  }

  /** The shape of one token, built in {@code buffer}; short shapes are interned by the JVM's constants. */
  static String shape(String token, StringBuilder buffer) {
    buffer.setLength(0);
    char last = 0;
    for (int i = 0; i < token.length() && buffer.length() < MAX_SHAPE; i++) {
      char ch = token.charAt(i);
      char mapped;
      if (Character.isUpperCase(ch)) {
        mapped = 'X';
      } else if (Character.isLowerCase(ch)) {
        mapped = 'x';
      } else if (Character.isDigit(ch)) {
        mapped = 'd';
      } else if (Character.isLetter(ch)) {
        mapped = 'l';
      } else {
        mapped = ch;
      }
      if (mapped != last || !(mapped == 'X' || mapped == 'x' || mapped == 'd' || mapped == 'l')) {
        buffer.append(mapped);
      }
      last = mapped;
    }
    return common(buffer);
  }

  private static final String[] COMMON = {"X", "x", "Xx", "d", "X.", "x-x", "Xx-Xx", "X.X.", "d.d", "d,d"};

  /** Returns a shared string for the most frequent shapes, a new one otherwise. */
  private static String common(StringBuilder shape) {
    for (String s : COMMON) {
      if (s.contentEquals(shape)) {
        return s;
      }
    }
    return shape.toString();
  }

  @Override
  public void clearAdaptiveData() {
    sentence = null;
  }

  /**
   * Builds the generator from the feature descriptor:
   * {@code <generator class="dev.newsminer.entity.TokenShapeFeatureGenerator$Factory"/>}. Public only
   * because OpenNLP instantiates it by reflection.
   */
  public static final class Factory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {

    /** Creates the factory; OpenNLP calls this by reflection. */
    public Factory() {}

    @Override
    public AdaptiveFeatureGenerator create() {
      return new TokenShapeFeatureGenerator();
    }
  }
}
