package dev.newsminer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsminer.cli.training.BioReader;
import dev.newsminer.cli.training.LabeledSentence;
import dev.newsminer.entity.NameTagger;
import dev.newsminer.entity.TaggedName;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainNerCommandTest {

  @TempDir Path dir;
  private final CommandRun cli = new CommandRun();

  /** The project's own news corpus (written for newsminer, so always in the project). */
  private static Path corpusFile() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path bio = p.resolve("training/ner-corpus/bio/biz.bio.tsv");
      if (Files.isRegularFile(bio)) {
        return bio;
      }
    }
    throw new IllegalStateException("training/ner-corpus/bio/biz.bio.tsv not found above the working directory");
  }

  /** The first {@code sentences} sentences of the corpus, whole documents, as a BIO file. */
  private Path slice(int sentences) throws IOException {
    List<String> out = new ArrayList<>();
    List<String> lines = Files.readAllLines(corpusFile(), StandardCharsets.UTF_8);
    int count = 0;
    for (String line : lines) {
      if (line.startsWith("-DOCSTART-") && count >= sentences) {
        break;
      }
      if (line.isBlank()) {
        count++;
      }
      out.add(line);
    }
    Path file = dir.resolve("slice.bio.tsv");
    Files.write(file, out, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void trainsAModelThatTagsOrganizationsOfItsTrainingText() throws IOException {
    Path data = slice(300);
    Path gazetteer = Files.writeString(dir.resolve("orgs.tsv"),
        "# name<TAB>TYPE<TAB>aliases\nHugging Face\tCOMPANY\nInternational Business Machines\tCOMPANY\tIBM\n");
    Path model = dir.resolve("ner.bin");

    int code = cli.run("train-ner", "--data", data.toString(), "--model", model.toString(), "--iterations", "15",
        "--gazetteer", gazetteer.toString(), "--augment");

    assertThat(code).as(cli.err()).isZero();
    NameTagger tagger = NameTagger.load(model);
    List<LabeledSentence> training = BioReader.read(data);
    LabeledSentence withOrg = training.stream().filter(s -> s.tags().contains("B-ORG")).skip(3).findFirst()
        .orElseThrow();
    int orgStart = withOrg.tags().indexOf("B-ORG");
    List<TaggedName> names = tagger.tag(withOrg.tokens().toArray(new String[0]));
    assertThat(names).anySatisfy(name -> {
      assertThat(name.type()).isEqualTo("ORG");
      assertThat(name.start()).isEqualTo(orgStart);
    });
  }

  @Test
  void rejectsAMissingDataFileWithAUsageError() {
    int code = cli.run("train-ner", "--data", dir.resolve("nope.tsv").toString(), "--model", dir.resolve("m.bin").toString());

    assertThat(code).isEqualTo(Main.USAGE);
    assertThat(cli.err()).contains("--data file does not exist");
  }

  @Test
  void rejectsIterationsBelowOne() throws IOException {
    Path data = Files.writeString(dir.resolve("d.tsv"), "IBM\tB-ORG\nrose\tO\n");

    int code = cli.run("train-ner", "--data", data.toString(), "--model", dir.resolve("m.bin").toString(),
        "--iterations", "0");

    assertThat(code).isEqualTo(Main.USAGE);
    assertThat(cli.err()).contains("iterations must be >= 1; got 0");
  }
}
