package dev.newsminer.cli.training;

import dev.newsminer.entity.Gazetteer;
import dev.newsminer.entity.NameTagger;
import dev.newsminer.entity.TaggedName;
import dev.newsminer.entity.NameList;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NameModelTrainerTest {

  private static LabeledSentence sentence(boolean documentStart, String... tokenSlashTag) {
    List<String> tokens = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    for (String pair : tokenSlashTag) {
      int slash = pair.lastIndexOf('/');
      tokens.add(pair.substring(0, slash));
      tags.add(pair.substring(slash + 1));
    }
    return new LabeledSentence(tokens, tags, documentStart);
  }

  @Test
  void readsNamesAndAliasesFromAGazetteer(@TempDir Path dir) throws IOException {
    String tsv = """
        # name<TAB>TYPE<TAB>aliases
        International Business Machines\tCOMPANY\tIBM|Big Blue
        Meta Platforms\tCOMPANY\tMeta|Facebook

        Yale University\tUNIVERSITY
        """;

    Path file = Files.writeString(dir.resolve("organizations.tsv"), tsv);

    List<String> names = NameModelTrainer.namesOf(Gazetteer.loadOnly(List.of(file)));

    assertThat(names).containsExactly("International Business Machines", "IBM", "Big Blue", "Meta Platforms",
        "Meta", "Facebook", "Yale University");
  }

  @Test
  void holdsOutTheListedNamesThatOnlyOneFoldAnnotates() {
    LabeledSentence a = sentence(true, "Acme/B-ORG", "rose/O");
    LabeledSentence b = sentence(true, "Zenith/B-ORG", "and/O", "Acme/B-ORG", "fell/O", "today/O");
    List<List<LabeledSentence>> documents = List.of(List.of(a), List.of(b));
    NameList list = NameList.of(List.of(new String[] {"Acme"}, new String[] {"Zenith"}, new String[] {"Other"}));
    int foldA = NameList.foldOf(a.tokenArray());
    int foldB = NameList.foldOf(b.tokenArray());

    List<Set<String>> heldOut = NameModelTrainer.heldOutNames(documents, list);

    assertThat(heldOut.get(foldB)).contains("zenith");
    if (foldA != foldB) {
      assertThat(heldOut.get(foldA)).doesNotContain("acme");
      assertThat(heldOut.get(foldB)).doesNotContain("acme");
    } else {
      assertThat(heldOut.get(foldA)).contains("acme");
    }
    assertThat(heldOut).noneMatch(s -> s.contains("other"));
  }

  @Test
  void replacesOrganizationNamesConsistentlyWithinADocument() {
    List<LabeledSentence> document = List.of(
        sentence(true, "ACME/B-ORG", "CORP/I-ORG", "TO/O", "BUY/O", "ZENITH/B-ORG"),
        sentence(false, "Acme/B-ORG", "Corp/I-ORG", "said/O", "Ann/B-PER", "Lee/I-PER", "agreed/O", "./O"),
        sentence(false, "Acme/B-ORG", "Corp/I-ORG", "rose/O"));
    NameList list = NameList.of(List.<String[]>of(new String[] {"Hugging", "Face"}));

    List<LabeledSentence> copy = new MentionReplacer(list, 1).replace(document);

    assertThat(copy.get(0).tokens()).containsExactly("HUGGING", "FACE", "TO", "BUY", "Hugging", "Face");
    assertThat(copy.get(0).tags()).containsExactly("B-ORG", "I-ORG", "O", "O", "B-ORG", "I-ORG");
    assertThat(copy.get(1).tokens()).containsExactly("Hugging", "Face", "said", "Ann", "Lee", "agreed", ".");
    assertThat(copy.get(1).tags()).containsExactly("B-ORG", "I-ORG", "O", "B-PER", "I-PER", "O", "O");
    assertThat(copy).extracting(LabeledSentence::documentStart).containsExactly(true, false, false);
  }

  @Test
  void rejectsOptionsOutOfRange() {
    assertThatThrownBy(() -> NameModelTrainer.Options.defaults().withIterations(0))
        .hasMessage("iterations must be >= 1; got 0");
    assertThatThrownBy(() -> NameModelTrainer.Options.defaults().withBeamSize(0))
        .hasMessage("beamSize must be >= 1; got 0");
  }

  @Test
  void trainsAModelWhoseGazetteerSurvivesSavingAndLoading() throws IOException {
    List<LabeledSentence> corpus = new ArrayList<>();
    String[] companies = {"Acme", "Zenith", "Globex", "Initech", "Umbrella", "Hooli"};
    for (int i = 0; i < 60; i++) {
      String company = companies[i % companies.length];
      corpus.add(sentence(i % 3 == 0, "Shares/O", "of/O", company + "/B-ORG", "Corp/I-ORG", "rose/O", "in/O",
          "Paris/B-LOC", "./O"));
    }
    NameModelTrainer trainer = NameModelTrainer.withNames(
        NameModelTrainer.Options.defaults().withIterations(20).withCutoff(0), List.of("Acme Corp", "Stark Industries"));

    TokenNameFinderModel model = trainer.train(corpus);

    NameList stored = model.getArtifact(NameList.RESOURCE);
    assertThat(stored.names()).extracting(n -> String.join(" ", n)).containsExactly("Acme Corp", "Stark Industries");
    List<TaggedName> names = NameTagger.of(model).tag(new String[] {"Shares", "of", "Zenith", "Corp", "rose", "."});
    assertThat(names).extracting(TaggedName::start, TaggedName::end, TaggedName::type)
        .contains(org.assertj.core.groups.Tuple.tuple(2, 4, "ORG"));
  }
}
