package dev.newsminer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsminer.article.Article;
import dev.newsminer.entity.OrganizationFinder;
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
  void anOrganizationTheArticleCallsByAFormerNameKeepsItAndTheListsNameIsAnAlias() {
    Extraction x = NewsMiner.english().extract(Article.of("t.txt", "",
        "Daiwa Bank Ltd said it will lend 200 mln dlrs to Statoil for a North Sea field. Nestle SA said it"
            + " would build a plant. Barcelona beat Chelsea 2-1 on Tuesday. IBM said it would hire 500 people."));
    // a former name is what this article's reader knows the organization by
    assertThat(byName(x, "Daiwa Bank").aliases()).contains("Resona Holdings");
    assertThat(byName(x, "Statoil").aliases()).contains("Equinor");
    // another spelling and a short form take the list's name, as in every other article
    assertThat(byName(x, "Nestlé").aliases()).contains("Nestle SA");
    assertThat(x.organizations()).extracting(Organization::name).contains("FC Barcelona")
        .doesNotContain("Resona Holdings", "Equinor", "Nestle", "Barcelona");
  }

  private static Organization byName(Extraction x, String name) {
    return x.organizations().stream().filter(o -> o.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError(name + " not among " + x.organizations()));
  }

  @Test
  void theTitleIsReadWithTheTextAndItsSpansSayTheyAreInTheTitle() {
    Article a = Article.of("t.txt", "Quillmere Buys Hollowbrook Foods Ltd",
        "Hollowbrook Foods Ltd agreed to be bought. Hollowbrook Foods will keep its staff.");
    NewsMiner miner = NewsMiner.builder().organizationLayers(new OrganizationFinder.Layers(false, true, true, true)).build();
    Extraction x = miner.extract(a);
    Organization h = x.organizations().stream().filter(o -> o.name().equals("Hollowbrook Foods")).findFirst().orElseThrow();
    // one organization for the headline's name and the text's; the title's span reads in the title
    assertThat(h.spans().get(0)).isEqualTo(Span.inTitle(15, 36));
    assertThat(a.title().substring(15, 36)).isEqualTo("Hollowbrook Foods Ltd");
    assertThat(h.spans().subList(1, h.spans().size())).extracting(s -> a.text().substring(s.start(), s.end()))
        .containsExactly("Hollowbrook Foods Ltd", "Hollowbrook Foods");
    assertThat(ExtractionJson.toJson(x, false)).contains("{\"start\":15,\"end\":36,\"field\":\"title\"}")
        .contains("{\"start\":0,\"end\":21}");
    // the text's organizations and commitments are what they were without the title
    Extraction untitled = miner.extract(Article.of("t.txt", "", a.text()));
    assertThat(x.commitments()).isEqualTo(untitled.commitments());
  }

  @Test
  void aCompanyInACapitalsHeadlineIsTheTextsCompany() {
    Article a = Article.of("t.txt", "HOLLOWBROOK <HBF> TO BUY QUILLMERE STAKE",
        "Hollowbrook Corp said it agreed to buy a 20 pct stake in Quillmere Ltd. Hollowbrook will pay cash.");
    List<Organization> found = NewsMiner.english().extract(a).organizations();
    assertThat(found).filteredOn(o -> o.name().equalsIgnoreCase("Hollowbrook")).singleElement()
        .satisfies(h -> {
          assertThat(h.name()).isEqualTo("Hollowbrook");
          assertThat(h.spans().get(0).inText()).isFalse();
          assertThat(h.spans()).anyMatch(Span::inText);
        });
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
