package dev.newsminer.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BoilerplateTest {

  @Test
  void dropsATrailingTeaserListWithItsTitlesAndAuthors() {
    String body = "The story ends here.\n\nRelated posts\n\nSony Warns 700 AI Companies\n\nChloe Taylor\n\n"
        + "TSMC Returns to Growth with Q1 Beat\n\nChristian Green";
    assertThat(Boilerplate.cleanText(body)).isEqualTo("The story ends here.");
  }

  @Test
  void dropsCookieNoticesButKeepsParagraphsAboutCookies() {
    String notice = "This website uses cookies to improve your experience. We'll assume you're ok with this, "
        + "but you can opt-out if you wish. Accept Read More";
    String news = "Google said it would stop using third-party cookies in Chrome next year, a change that "
        + "advertisers say will cost them billions.";
    String law = "Under the rules, websites must ask for consent before they store cookies, the regulator said.";
    assertThat(Boilerplate.classify(List.of(notice, news, law), false)).containsExactly(true, false, false);
  }

  @Test
  void dropsImageCreditsAndPluginMessages() {
    assertThat(Boilerplate.classify(List.of(
        "Image by on Freepik",
        "Photo by Jane Doe on Unsplash",
        "Please enter CoinGecko Free Api Key to get this plugin works.",
        "Please enable JavaScript to view the comments.",
        "The company said its new plugin lets developers enter an API key once and reuse it everywhere, "
            + "which analysts said could speed up adoption among large customers and banks."), false))
        .containsExactly(true, true, true, true, false);
  }

  @Test
  void leavesTextWithoutBoilerplateUntouched() {
    String reuters = "Shares of Acme rose 3 pct.\n  The company said it would\nbuy back stock.\n\nRelated\ncompanies gained.";
    assertThat(Boilerplate.cleanText(reuters)).isSameAs(reuters);
  }

  @Test
  void keepsTheLayoutOfTheParagraphsItKeeps() {
    String body = "First line\nsecond line.\n\n\nThird paragraph.\r\n\r\nPhoto: Reuters\r\n\r\nLast one.";
    assertThat(Boilerplate.cleanText(body)).isEqualTo("First line\nsecond line.\n\n\nThird paragraph.\r\n\r\nLast one.");
  }

  @Test
  void dropsShareBarsAndInterfaceLabelsOnlyInHtml() {
    List<String> blocks = List.of("Share this:", "Facebook Twitter LinkedIn Email", "Read more »", "Print");
    assertThat(Boilerplate.classify(blocks, true)).containsExactly(true, true, true, true);
    assertThat(Boilerplate.classify(List.of("Print"), false)).containsExactly(false);
  }

  @Test
  void teaserListStopsAtTheFirstRealSentence() {
    List<String> blocks = List.of("You may also like:", "Orchard Juice sold to private equity firm",
        "Meanwhile, the company said its own results would be published on Friday, a week later than planned.");
    assertThat(Boilerplate.classify(blocks, true)).containsExactly(true, true, false);
  }
}
