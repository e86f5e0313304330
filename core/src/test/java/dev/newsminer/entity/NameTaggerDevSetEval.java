package dev.newsminer.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsminer.SharedData;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Tags the MEANTIME dev set of {@code ../shared} with the bundled model alone (skipped when it is
 * absent) and holds its ORG scores at least where the model card records them (P 0.439, R 0.812,
 * F1 0.570), so that a retrained model that loses ground shows. Exact-span scoring, as
 * {@code conll_score.py} does it. Run with {@code -Dtest=NameTaggerDevSetEval}.
 */
class NameTaggerDevSetEval {

  @Test
  void bundledModelHoldsItsOrgScoresOnTheDevSet() throws IOException {
    List<LabeledSentence> dev = BioReader.read(SharedData.shared("corpora/ner/meantime-en/meantime_en_names.bio.tsv"));
    NameTagger tagger = NameTagger.bundled().orElseThrow();
    int gold = 0;
    int predicted = 0;
    int correct = 0;
    for (LabeledSentence s : dev) {
      if (s.documentStart()) {
        tagger.endDocument();
      }
      Set<String> goldSpans = new HashSet<>();
      for (opennlp.tools.util.Span span : s.names()) {
        if (span.getType().equals("ORG")) {
          goldSpans.add(span.getStart() + ":" + span.getEnd());
        }
      }
      gold += goldSpans.size();
      for (TaggedName name : tagger.tag(s.tokenArray())) {
        if (name.type().equals("ORG")) {
          predicted++;
          if (goldSpans.contains(name.start() + ":" + name.end())) {
            correct++;
          }
        }
      }
    }
    tagger.endDocument();
    double precision = correct / (double) predicted;
    double recall = correct / (double) gold;
    double f1 = 2 * precision * recall / (precision + recall);

    assertThat(gold).isEqualTo(786);
    assertThat(precision).as("ORG precision").isGreaterThanOrEqualTo(0.43);
    assertThat(recall).as("ORG recall").isGreaterThanOrEqualTo(0.80);
    assertThat(f1).as("ORG F1").isGreaterThanOrEqualTo(0.56);
  }
}
