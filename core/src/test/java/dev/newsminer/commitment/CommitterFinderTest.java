package dev.newsminer.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommitterFinderTest {

  private static Committer committer(String text, String... orgs) {
    SentenceView v = Sentences.view(text, orgs);
    TriggerHit h = new TriggerFinder(v).find().get(0);
    int clauseStart = v.clauseStart(h.at());
    return new CommitterFinder(v, new Focus()).committer(h, clauseStart, v.reportingBefore(h.at()), null);
  }

  @Test
  void theSubjectOfTheClauseCommitsWithTheOrganizationsJoinedToIt() {
    Committer c = committer("Acme and Brill will build a plant.", "Acme", "Brill");
    assertThat(c.org().name()).isEqualTo("Acme");
    assertThat(c.partners()).extracting(OrgMentions.Mention::name).containsExactly("Brill");
    assertThat(c.indirect()).isFalse();
  }

  @Test
  void itIsTheSpeakerOfReportedSpeech() {
    Committer c = committer("Acme said it will build a plant.", "Acme");
    assertThat(c.org().name()).isEqualTo("Acme");
    assertThat(c.indirect()).isTrue();
  }

  @Test
  void theAgentOfAPassiveCommits() {
    assertThat(committer("The plant will be built by Acme.", "Acme").org().name()).isEqualTo("Acme");
    assertThat(committer("The plant will be built next year.", "Acme")).isNull();
  }
}
