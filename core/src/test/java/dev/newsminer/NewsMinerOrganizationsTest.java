package dev.newsminer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsminer.article.Article;
import dev.newsminer.entity.Organization;
import dev.newsminer.entity.OrganizationFinder;
import dev.newsminer.entity.OrganizationType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewsMinerOrganizationsTest {

  @TempDir Path dir;

  private static final Article ARTICLE = Article.of("t.txt", "Deal",
      "Hollowbrook Foods Ltd agreed to buy Quillmere. Quillmere said Hollowbrook Foods would keep its staff.");

  @Test
  void extractionListsTheOrganizationsWithSpansIntoTheText() {
    Extraction x = NewsMiner.english().extract(ARTICLE);
    Organization h = x.organizations().get(0);
    assertThat(h.name()).isEqualTo("Hollowbrook Foods");
    assertThat(h.spans()).extracting(s -> ARTICLE.text().substring(s.start(), s.end()))
        .containsExactly("Hollowbrook Foods Ltd", "Hollowbrook Foods");
  }

  @Test
  void builderTakesExtraGazetteerFilesAndLayerSwitches() throws IOException {
    Path mine = Files.writeString(dir.resolve("mine.tsv"), "Quillmere\tNGO\tQuillmere Trust\n", StandardCharsets.UTF_8);
    NewsMiner miner = NewsMiner.builder().gazetteerFiles(List.of(mine)).build();
    List<Organization> found = miner.extract(ARTICLE).organizations();
    assertThat(found).extracting(Organization::name).containsExactly("Hollowbrook Foods", "Quillmere");
    assertThat(found.get(1).type()).isEqualTo(OrganizationType.NGO);
    assertThat(found.get(1).mentions()).isEqualTo(2);

    NewsMiner none = NewsMiner.builder().organizationLayers(new OrganizationFinder.Layers(false, false, false, false)).build();
    assertThat(none.extract(ARTICLE).organizations()).isEmpty();
  }

  @Test
  void aMissingModelFileIsAnIoExceptionNamingIt() {
    assertThatThrownBy(() -> NewsMiner.builder().nameModel(dir.resolve("none.bin")))
        .isInstanceOf(IOException.class).hasMessageContaining("none.bin");
  }
}
