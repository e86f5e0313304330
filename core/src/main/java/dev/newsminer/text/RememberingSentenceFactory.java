package dev.newsminer.text;

import java.util.Map;
import opennlp.tools.sentdetect.EndOfSentenceScanner;
import opennlp.tools.sentdetect.SDContextGenerator;
import opennlp.tools.sentdetect.SentenceDetectorFactory;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;

/**
 * A sentence model's factory whose context generator remembers its contexts
 * ({@link RememberingContextGenerator}); everything else comes from the model's own factory, so a
 * detector built with it finds the same sentences.
 */
final class RememberingSentenceFactory extends SentenceDetectorFactory {

  private final SentenceDetectorFactory original;

  private RememberingSentenceFactory(SentenceDetectorFactory original) {
    super(original.getLanguageCode(), original.isUseTokenEnd(), original.getAbbreviationDictionary(),
        original.getEOSCharacters());
    this.original = original;
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
    private final SentenceDetectorFactory remembering;

    Model(SentenceModel model) {
      super(model.getLanguage(), model.getMaxentModel(), Map.of(), model.getFactory());
      this.remembering = new RememberingSentenceFactory(model.getFactory());
    }

    @Override
    public SentenceDetectorFactory getFactory() {
      // null while the superclass constructor runs, which asks for the factory it was given
      return remembering != null ? remembering : super.getFactory();
    }
  }

  @Override
  public SDContextGenerator getSDContextGenerator() {
    return new RememberingContextGenerator(original.getSDContextGenerator());
  }

  @Override
  public EndOfSentenceScanner getEndOfSentenceScanner() {
    return original.getEndOfSentenceScanner();
  }
}
