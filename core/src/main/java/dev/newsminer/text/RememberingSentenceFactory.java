package dev.newsminer.text;

import java.util.Map;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.sentdetect.EndOfSentenceScanner;
import opennlp.tools.sentdetect.SDContextGenerator;
import opennlp.tools.sentdetect.SentenceDetectorFactory;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;

/**
 * A sentence model's factory whose context generator remembers its contexts
 * ({@link RememberingContextGenerator}), with the model's outcomes for them; everything else comes
 * from the model's own factory and weights, so a detector built with it finds the same sentences.
 */
final class RememberingSentenceFactory extends SentenceDetectorFactory {

  private final SentenceDetectorFactory original;
  private final RememberingOutcomes outcomes;

  private RememberingSentenceFactory(SentenceDetectorFactory original, RememberingOutcomes outcomes) {
    super(original.getLanguageCode(), original.isUseTokenEnd(), original.getAbbreviationDictionary(),
        original.getEOSCharacters());
    this.original = original;
    this.outcomes = outcomes;
  }

  /**
   * A sentence detector over {@code model}'s weights and settings whose contexts are remembered.
   * Not thread-safe, like every {@link SentenceDetectorME}: one per thread.
   */
  static SentenceDetectorME detector(SentenceModel model) {
    return new SentenceDetectorME(new Model(model));
  }

  /**
   * The model's weights with this factory. The factory is handed out by {@link #getFactory()}
   * rather than given to the model's constructor, which would instantiate it again by reflection.
   */
  private static final class Model extends SentenceModel {
    private final RememberingSentenceFactory remembering;

    Model(SentenceModel model) {
      this(model, new RememberingOutcomes(model.getMaxentModel()));
    }

    private Model(SentenceModel model, RememberingOutcomes outcomes) {
      super(model.getLanguage(), outcomes, Map.of(), model.getFactory());
      this.remembering = new RememberingSentenceFactory(model.getFactory(), outcomes);
    }

    @Override
    public SentenceDetectorFactory getFactory() {
      // null while the superclass constructor runs, which asks for the factory it was given
      return remembering != null ? remembering : super.getFactory();
    }
  }

  @Override
  public SDContextGenerator getSDContextGenerator() {
    RememberingContextGenerator generator = new RememberingContextGenerator(original.getSDContextGenerator());
    outcomes.generator = generator;
    return generator;
  }

  /**
   * The sentence model's maxent model, with the outcomes of remembered contexts kept beside them in
   * the generator's memory: a remembered context is the same array each time, and its outcomes are a
   * function of its features, so the model evaluates it once instead of making new arrays per
   * candidate. The detector only reads the outcomes it gets. Not thread-safe, like the generator.
   */
  private static final class RememberingOutcomes implements MaxentModel {
    private final MaxentModel model;
    /** The generator of the one detector this model serves; set when the detector asks for it. */
    RememberingContextGenerator generator;

    RememberingOutcomes(MaxentModel model) {
      this.model = model;
    }

    @Override
    public double[] eval(String[] context) {
      RememberingContextGenerator g = generator;
      double[] known = g != null ? g.outcomesOf(context) : null;
      if (known != null) {
        return known;
      }
      double[] probabilities = model.eval(context);
      if (g != null) {
        g.rememberOutcomes(context, probabilities);
      }
      return probabilities;
    }

    @Override
    public double[] eval(String[] context, double[] probs) {
      return model.eval(context, probs);
    }

    @Override
    public double[] eval(String[] context, float[] values) {
      return model.eval(context, values);
    }

    @Override
    public String getBestOutcome(double[] outcomes) {
      return model.getBestOutcome(outcomes);
    }

    @Override
    public String getAllOutcomes(double[] outcomes) {
      return model.getAllOutcomes(outcomes);
    }

    @Override
    public String getOutcome(int i) {
      return model.getOutcome(i);
    }

    @Override
    public int getIndex(String outcome) {
      return model.getIndex(outcome);
    }

    @Override
    public int getNumOutcomes() {
      return model.getNumOutcomes();
    }
  }

  @Override
  public EndOfSentenceScanner getEndOfSentenceScanner() {
    return original.getEndOfSentenceScanner();
  }
}
