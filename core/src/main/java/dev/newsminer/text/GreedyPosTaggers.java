package dev.newsminer.text;

import java.util.function.UnaryOperator;
import opennlp.tools.postag.POSModel;

/**
 * Expert, for the benchmarks only: makes the text stage's greedy POS decoder, so that
 * {@code PosTaggingBenchmark} can measure it beside OpenNLP's {@code POSTaggerME}.
 *
 * <p>It lives in core's text package, which the module does not export, so that the decoder stays
 * package-private. Each tagger it makes is not thread-safe: one per thread.
 *
 * <pre>{@code
 * UnaryOperator<String[]> tagger = GreedyPosTaggers.create(TextModels.pos());
 * String[] tags = tagger.apply(new String[] {"IBM", "rose", "."});
 * }</pre>
 */
public final class GreedyPosTaggers {

  private GreedyPosTaggers() {}

  /** A new greedy tagger of {@code model}: words in, one tag per word out. */
  public static UnaryOperator<String[]> create(POSModel model) {
    GreedyPosTagger tagger = new GreedyPosTagger(model);
    return tagger::tag;
  }
}
