package dev.newsminer.cli.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GazetteerGeneratorTest {

  private static Path projectRoot() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isRegularFile(p.resolve(GazetteerGenerator.CURATED))) {
        return p;
      }
    }
    throw new IllegalStateException("project root not found");
  }

  @Test
  void theCommittedGazetteerIsWhatTheSourcesGive() throws IOException {
    Path root = projectRoot();
    Path shared = root.resolve("../shared").normalize();
    assumeTrue(Files.isDirectory(shared.resolve("corpora/orgs")), "../shared is absent");
    String generated = new GazetteerGenerator(GazetteerGenerator.Sources.of(root, shared)).generate();
    String committed = Files.readString(root.resolve(GazetteerGenerator.BUNDLED), StandardCharsets.UTF_8);
    // run `./newsminer corpus gazetteer` after editing the curated list or the generator
    assertThat(committed).isEqualTo(generated);
  }

  @Test
  void registeredNamesBecomeTheNamesNewsWrites() {
    assertThat(NewsNames.forms("BANK OF AMERICA CORP /DE/")).containsExactly("Bank of America Corp", "Bank of America");
    assertThat(NewsNames.forms("CISCO SYSTEMS, INC.")).containsExactly("Cisco Systems Inc", "Cisco Systems");
    assertThat(NewsNames.forms("NRG ENERGY, INC.")).containsExactly("NRG Energy Inc", "NRG Energy");
    assertThat(NewsNames.forms("Alphabet Inc. (Class A)")).containsExactly("Alphabet Inc.", "Alphabet");
    assertThat(NewsNames.forms("Axon Enterprise INC.")).containsExactly("Axon Enterprise Inc", "Axon Enterprise");
    assertThat(NewsNames.forms("ESTEE LAUDER COMPANIES INC")).containsExactly("Estee Lauder Companies Inc",
        "Estee Lauder Companies", "Estee Lauder");
    // one word left would be a surname or a town: "Cooper" for The Cooper Companies
    assertThat(NewsNames.forms("Cooper Companies, Inc. (The)")).containsExactly("Cooper Companies Inc.", "Cooper Companies");
    // a short word in capitals is an acronym, not a first name
    assertThat(NewsNames.forms("TIM S.A.")).containsExactly("TIM S.A.", "TIM");
  }

  @Test
  void commonWordsAreThoseTextWritesInLowerCaseOutsideNames(@TempDir Path dir) throws IOException {
    Path bio = dir.resolve("a.bio.tsv");
    Files.writeString(bio, String.join("\n",
        "We\tO", "hit\tO", "the\tO", "target\tO", ".\tO", "",
        "Apple\tB-ORG", "sold\tO", "apples\tO", "and\tO", "an\tO", "apple\tO", ".\tO", "",
        "I\tO", "use\tO", "facebook\tO", "and\tO", "Facebook\tB-ORG", "and\tO", "Facebook\tB-ORG", ".\tO", "",
        "Fox\tB-ORG", "News\tI-ORG", "news\tO", "."), StandardCharsets.UTF_8);
    CommonWords words = CommonWords.read(List.of(bio));
    assertThat(words.contains("target")).isTrue();
    // named as a company more often than written as a word, but its plural is a word
    assertThat(words.contains("apple")).isTrue();
    // a brand that web text writes in lower case is not a word
    assertThat(words.contains("facebook")).isFalse();
    // "News" inside "Fox News" does not count against the word
    assertThat(words.contains("news")).isTrue();
  }
}
