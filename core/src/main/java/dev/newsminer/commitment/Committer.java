package dev.newsminer.commitment;

import dev.newsminer.commitment.OrgMentions.Mention;
import java.util.List;

/**
 * Who commits through a trigger.
 *
 * @param org      the committer
 * @param partners organizations joined to it as the subject ("X and Y will")
 * @param indirect whether it was found through a pronoun, "the company" or a speaker rather than named
 */
record Committer(Mention org, List<Mention> partners, boolean indirect) {}
