package dev.newsminer.entity;

import dev.newsminer.internal.LowerCase;
import java.util.List;
import java.util.Map;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import opennlp.tools.util.model.ArtifactSerializer;

/**
 * Gazetteer membership as name finder features: whether the token, the one before and the one after
 * begin ({@code B}) or continue ({@code I}) a name of a {@link NameList}.
 *
 * <p>Not thread-safe, like every OpenNLP feature generator: each name finder has its own. The marks
 * of a sentence are computed once, on its first token.
 */
final class NameListFeatureGenerator implements AdaptiveFeatureGenerator {

  private final NameList names;
  private String[] sentence;
  private String[] lower = new String[64];
  private byte[] marks = new byte[64];
  private boolean documentStart = true;
  private int fold = -1;

  NameListFeatureGenerator(NameList names) {
    this.names = names;
  }

  @Override
  public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
    if (tokens != sentence) {
      mark(tokens);
    }
    byte here = marks[index];
    if (here != 0) {
      features.add(here == 'B' ? "gz=B" : "gz=I");
    }
    byte before = index > 0 ? marks[index - 1] : 0;
    byte after = index + 1 < tokens.length ? marks[index + 1] : 0;
    if (before != 0) {
      features.add(before == 'B' ? "gz-1=B" : "gz-1=I");
    }
    if (after != 0) {
      features.add(after == 'B' ? "gz+1=B" : "gz+1=I");
    }
  }

  private void mark(String[] tokens) {
    sentence = tokens;
    if (tokens.length > marks.length) {
      marks = new byte[tokens.length * 2];
      lower = new String[tokens.length * 2];
    }
    for (int i = 0; i < tokens.length; i++) {
      lower[i] = LowerCase.of(tokens[i]);
    }
    if (documentStart) {
      fold = NameList.foldOf(tokens);
      documentStart = false;
    }
    names.mark(tokens, lower, fold, marks);
  }

  @Override
  public void clearAdaptiveData() {
    documentStart = true;
    sentence = null;
  }

  /**
   * Builds the generator from the feature descriptor:
   * {@code <generator class="dev.newsminer.entity.NameListFeatureGenerator$Factory"><str
   * name="names">organizations.names</str></generator>}, where the names are a model resource. Public
   * only because OpenNLP instantiates it by reflection.
   */
  public static final class Factory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {

    /** Creates the factory; OpenNLP calls this by reflection. */
    public Factory() {}

    @Override
    public AdaptiveFeatureGenerator create() throws InvalidFormatException {
      String key = getStr("names");
      Object resource = resourceManager == null ? null : resourceManager.getResource(key);
      if (resource == null) {
        // A model trained without a gazetteer: the feature never fires.
        return new NameListFeatureGenerator(NameList.of(List.of()));
      }
      if (!(resource instanceof NameList list)) {
        throw new InvalidFormatException("resource " + key + " must be a name list; got " + resource.getClass());
      }
      return new NameListFeatureGenerator(list);
    }

    @Override
    public Map<String, ArtifactSerializer<?>> getArtifactSerializerMapping() throws InvalidFormatException {
      return Map.of(getStr("names"), new NameList.Serializer());
    }
  }
}
