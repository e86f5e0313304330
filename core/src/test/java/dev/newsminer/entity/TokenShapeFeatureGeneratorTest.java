package dev.newsminer.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenShapeFeatureGeneratorTest {

  private static String shape(String token) {
    return TokenShapeFeatureGenerator.shape(token, new StringBuilder());
  }

  @Test
  void mapsCharactersToClassesAndCollapsesRuns() {
    assertThat(shape("IBM")).isEqualTo("X");
    assertThat(shape("Apple")).isEqualTo("Xx");
    assertThat(shape("McDonald")).isEqualTo("XxXx");
    assertThat(shape("U.S.")).isEqualTo("X.X.");
    assertThat(shape("1987")).isEqualTo("d");
    assertThat(shape("3M")).isEqualTo("dX");
    assertThat(shape("Coca-Cola")).isEqualTo("Xx-Xx");
  }

  @Test
  void cutsLongShapes() {
    assertThat(shape("a.b.c.d.e.f.g")).hasSize(TokenShapeFeatureGenerator.MAX_SHAPE);
  }

  @Test
  void describesTheTokenAndItsNeighbours() {
    List<String> features = new ArrayList<>();
    String[] tokens = {"Shares", "of", "IBM", "rose"};

    new TokenShapeFeatureGenerator().createFeatures(features, tokens, 2, null);

    assertThat(features).containsExactly("sh=X", "sh-1=x", "sh+1=x", "sh-1,0=x,X", "sh0,+1=X,x");
  }

  @Test
  void marksSentenceEdges() {
    List<String> features = new ArrayList<>();

    new TokenShapeFeatureGenerator().createFeatures(features, new String[] {"IBM"}, 0, null);

    assertThat(features).contains("sh-1=^", "sh+1=$");
  }

  @Test
  void flagsHeadlinesInCapitals() {
    List<String> features = new ArrayList<>();
    String[] headline = {"HARROWGATE", "MINING", "AGREES", "TO", "BUY", "CALLISTO"};

    new TokenShapeFeatureGenerator().createFeatures(features, headline, 0, null);

    assertThat(features).contains("hl:sh=X").noneMatch(f -> f.startsWith("sh="));
  }
}
