package dev.newsminer.commitment;

import dev.newsminer.commitment.Lexicon.Trigger;
import dev.newsminer.commitment.OrgMentions.Mention;

/**
 * A trigger found in a sentence: where it is, the action it governs and how it states the
 * commitment. Token indexes are into the sentence.
 *
 * @param at                 the first token of the trigger
 * @param triggerEnd         the token just past the trigger
 * @param action             the verb of what is committed to ("acquire" in "agreed to acquire"), or -1
 * @param cls                how the trigger states it (a modal, an intent verb, an agreement, ...)
 * @param passive            "will be built": the subject is the thing done, the agent follows "by"
 * @param nominalOwnerBefore "Chrysler's proposed acquisition of": the owner is named before the noun
 * @param agreement          an agreement was signed or reached ("signed an agreement to")
 * @param refrain            "pledged not to offer": a promise to refrain
 * @param owner              the organization that owns a nominal trigger, or null
 * @param noun               a nominal trigger's noun ("offer", "pledge"), or null
 * @param coordinated        a verb joined by "and" to the previous trigger's action ("would ban ... and spend
 *                           £40m"): it shares that trigger's committer
 */
record TriggerHit(int at, int triggerEnd, int action, Trigger cls, boolean passive, boolean nominalOwnerBefore,
    boolean agreement, boolean refrain, Mention owner, String noun, boolean coordinated) {}
