package dev.newsminer.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NameListFeatureGeneratorTest {

  private static final NameList LIST = NameList.of(List.of(
      new String[] {"General", "Motors"},
      new String[] {"General", "Motors", "Corp"},
      new String[] {"Apple"},
      new String[] {"eBay"}));

  private static List<String> features(NameListFeatureGenerator generator, String[] tokens, int index) {
    List<String> features = new ArrayList<>();
    generator.createFeatures(features, tokens, index, null);
    return features;
  }

  @Test
  void marksTheLongestNameAndItsNeighbours() {
    String[] tokens = {"GENERAL", "MOTORS", "CORP", "said"};
    NameListFeatureGenerator generator = new NameListFeatureGenerator(LIST);

    assertThat(features(generator, tokens, 0)).containsExactly("gz=B", "gz+1=I");
    assertThat(features(generator, tokens, 2)).containsExactly("gz=I", "gz-1=I");
    assertThat(features(generator, tokens, 3)).containsExactly("gz-1=I");
  }

  @Test
  void doesNotMatchALowercaseWordForACapitalizedName() {
    NameListFeatureGenerator generator = new NameListFeatureGenerator(LIST);

    assertThat(features(generator, new String[] {"an", "apple", "pie"}, 1)).isEmpty();
    assertThat(features(generator, new String[] {"Apple", "rose"}, 0)).containsExactly("gz=B");
    assertThat(features(generator, new String[] {"ebay", "rose"}, 0)).containsExactly("gz=B");
  }

  @Test
  void ignoresTheNamesHeldOutForTheDocumentsFold() {
    String[] first = {"General", "Motors", "said"};
    int fold = NameList.foldOf(first);
    List<Set<String>> heldOut = new ArrayList<>();
    for (int f = 0; f < NameList.FOLDS; f++) {
      heldOut.add(new HashSet<>());
    }
    heldOut.get(fold).add("general motors");
    NameListFeatureGenerator training = new NameListFeatureGenerator(LIST.withHeldOut(heldOut));

    assertThat(features(training, first, 0)).isEmpty();
    // The next document falls in another fold or not, but the plain list always matches.
    assertThat(features(new NameListFeatureGenerator(LIST), first, 0)).containsExactly("gz=B", "gz+1=I");
  }

  @Test
  void firesOnNothingWithAnEmptyList() {
    NameListFeatureGenerator generator = new NameListFeatureGenerator(NameList.of(List.of()));

    assertThat(features(generator, new String[] {"Apple"}, 0)).isEmpty();
  }
}
