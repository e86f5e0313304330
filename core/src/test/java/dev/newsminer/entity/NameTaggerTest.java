package dev.newsminer.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class NameTaggerTest {

  private static final String[] SENTENCE =
      "Shares of General Motors Corp rose 3 pct on the New York Stock Exchange after the company said it would cut jobs in Detroit ."
          .split(" ");

  @Test
  void bundledModelFindsOrganizationsInANewsSentence() {
    NameTagger tagger = NameTagger.bundled().orElseThrow();
    tagger.endDocument();

    List<TaggedName> names = tagger.tag(SENTENCE);
    tagger.endDocument();

    assertThat(names).extracting(TaggedName::type).contains("ORG");
    assertThat(names).allSatisfy(name -> {
      assertThat(name.end()).isLessThanOrEqualTo(SENTENCE.length);
      assertThat(name.probability()).isBetween(0.0, 1.0);
    });
  }

  @Test
  void bundledModelCarriesTheOrganizationList() {
    NameList list = NameTagger.bundled().orElseThrow().model().getArtifact(NameList.RESOURCE);

    assertThat(list.size()).isGreaterThan(3000);
  }

  @Test
  void tagsTheSameOnManyThreadsAsOnOne() throws Exception {
    NameTagger tagger = NameTagger.bundled().orElseThrow();
    tagger.endDocument(); // the bundled tagger is shared: start this thread on a fresh document
    List<TaggedName> expected = tagger.tag(SENTENCE);
    tagger.endDocument();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<TaggedName>>> results = new java.util.ArrayList<>();
      for (int i = 0; i < 16; i++) {
        results.add(pool.submit(() -> {
          List<TaggedName> names = tagger.tag(SENTENCE);
          tagger.endDocument();
          return names;
        }));
      }
      for (Future<List<TaggedName>> result : results) {
        assertThat(result.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdown();
    }
  }
}
