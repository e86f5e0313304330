package dev.newsminer.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import java.util.IdentityHashMap;
import java.util.Set;

/**
 * The document level of the {@link OrganizationFinder}: resolves the mentions of one document to
 * organizations (a gazetteer entry, an acronym and the name it abbreviates, a short form and the
 * full name are one organization) and, when asked, finds every other place where the document
 * names them again, by the names it used, their short forms and their acronyms. One per document:
 * it works on its own copy of the mention lists and returns {@link MentionGroup} values.
 */
final class DocumentResolver {

  /** One organization of the document while it is being resolved. */
  private static final class Group {
    final GazetteerEntry entry;
    /** The name's keys without legal forms or a leading "The": "General Motors" for "General Motors Corp". */
    final List<String> core;
    final List<Mention> mentions = new ArrayList<>();
    final List<String> extraAliases = new ArrayList<>(2);
    /** The initials of the name with its legal form, "GMAC" for "General Motors Acceptance Corp", or null. */
    final String formAcronym;
    Group mergedInto;

    Group(GazetteerEntry entry, List<String> core, String formAcronym) {
      this.entry = entry;
      this.core = List.copyOf(core);
      this.formAcronym = formAcronym;
    }

    Group root() {
      Group g = this;
      while (g.mergedInto != null) {
        g = g.mergedInto;
      }
      return g;
    }
  }

  /** A name the document-level layer looks for, and the organization it names. */
  private record Form(Group group, boolean derived) {}

  private final KeyedSentence[] sentences;
  /** The mentions by sentence: the resolver's own lists, in which it replaces, drops and adds mentions. */
  private final List<List<Mention>> mentions;
  private final Gazetteer gazetteer;
  private final List<Group> groups = new ArrayList<>();
  /** The organization each mention was resolved to (by identity: a mention is one place in the text). */
  private final Map<Mention, Group> groupOf = new IdentityHashMap<>();

  /**
   * @param sentences the document's sentences
   * @param mentions  the mentions each sentence's steps accepted, by start; not changed
   * @param gazetteer the known organizations, or null when the finder does not use them
   */
  DocumentResolver(KeyedSentence[] sentences, List<List<Mention>> mentions, Gazetteer gazetteer) {
    this.sentences = sentences;
    this.mentions = new ArrayList<>(mentions.size());
    for (List<Mention> list : mentions) {
      this.mentions.add(new ArrayList<>(list));
    }
    this.gazetteer = gazetteer;
  }

  /**
   * Resolves the mentions to organizations and, with {@code propagate}, adds the document's other
   * mentions of them.
   *
   * @return the organizations in order of first mention, each with its mentions sentence by sentence
   */
  List<MentionGroup> resolve(boolean propagate, List<List<TaggedName>> otherNames) {
    dropUnsupportedAcronymEntries();
    group();
    attachGenericNames();
    if (propagate) {
      propagate(otherNames);
    }
    for (List<Mention> list : mentions) {
      for (Mention m : list) {
        groupOf.get(m).root().mentions.add(m);
      }
    }
    // the order of first mention: sentences in order, mentions sorted within each sentence
    Set<Group> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    List<MentionGroup> out = new ArrayList<>();
    for (List<Mention> list : mentions) {
      list.sort((a, b) -> Integer.compare(a.start(), b.start()));
      for (Mention m : list) {
        Group g = groupOf.get(m).root();
        if (seen.add(g)) {
          out.add(new MentionGroup(g.entry, g.mentions, g.extraAliases));
        }
      }
    }
    return out;
  }

  private void group() {
    // A group is found by its gazetteer entry's name or by its core keys (a list, not a joined
    // string, so that looking a mention's group up makes nothing).
    Map<Object, Group> byKey = new HashMap<>();
    for (List<Mention> list : mentions) {
      list.sort((a, b) -> Integer.compare(a.start(), b.start()));
      for (Mention m : list) {
        if (m.definedBy() != null) {
          continue;
        }
        List<String> keys = keysOf(m);
        List<String> core = NameKeys.core(keys);
        Object key = m.entry() != null ? m.entry().name() : core;
        Group g = byKey.get(key);
        if (g == null) {
          List<String> nameKeys = m.entry() != null ? NameKeys.keysOf(m.entry().name()) : keys;
          List<String> nameCore = m.entry() != null ? NameKeys.core(nameKeys) : core;
          g = new Group(m.entry(), nameCore, nameKeys.size() > nameCore.size() ? acronym(nameKeys) : null);
          byKey.put(m.entry() != null ? key : g.core, g); // the group's own copy, not a view of the keys
          groups.add(g);
        }
        groupOf.put(m, g);
        if (m.extraAlias() != null && !g.extraAliases.contains(m.extraAlias())) {
          g.extraAliases.add(m.extraAlias());
        }
      }
    }
    // an acronym defined in parentheses joins the name it abbreviates, the mention now at that name's place
    for (List<Mention> list : mentions) {
      for (Mention m : list) {
        if (m.definedBy() != null) {
          groupOf.put(m, groupOf.get(atPlaceOf(m.definedBy(), list)));
        }
      }
    }
    // short forms and acronyms join the full name they stand for
    Map<List<String>, List<Integer>> forms = shortForms();
    for (Group g : groups) {
      if (g.entry != null) {
        continue;
      }
      for (int i : candidates(g.core, forms)) {
        Group h = groups.get(i);
        if (h != g && h.root() != g.root() && standsFor(g.core, h)) {
          g.root().mergedInto = h.root();
          break;
        }
      }
    }
  }

  /** The mention of {@code list} over the same tokens as {@code m}, or null. */
  private static Mention atPlaceOf(Mention m, List<Mention> list) {
    for (Mention o : list) {
      if (o.sameSpan(m)) {
        return o;
      }
    }
    return null;
  }

  /**
   * Every group by each name that may stand for it: the leading words of its core, its acronym and
   * the cores of its gazetteer aliases; the groups in document order. With it each group looks only
   * at the groups it may stand for, instead of at all of them (a page of thousands of names took
   * time quadratic in their number).
   */
  private Map<List<String>, List<Integer>> shortForms() {
    Map<List<String>, List<Integer>> forms = new HashMap<>();
    for (int i = 0; i < groups.size(); i++) {
      Group h = groups.get(i);
      List<String> full = h.core;
      for (int k = 1; k < full.size(); k++) {
        addForm(forms, full.subList(0, k), i);
      }
      String acronym = acronym(full);
      if (acronym != null) {
        addForm(forms, List.of(acronym), i);
      }
      if (h.formAcronym != null) {
        addForm(forms, List.of(h.formAcronym), i);
      }
      // "H.K. Telephone" for "Hong Kong Telephone": initials of the first two or three words, then the rest
      for (int n = 2; n <= 3 && n < full.size(); n++) {
        StringBuilder initials = new StringBuilder(n);
        for (String word : full.subList(0, n)) {
          initials.append(word.isEmpty() ? '?' : word.charAt(0));
        }
        List<String> form = new ArrayList<>(full.size() - n + 1);
        form.add(initials.toString());
        form.addAll(full.subList(n, full.size()));
        addForm(forms, form, i);
      }
      if (h.entry != null) {
        for (String alias : h.entry.aliases()) {
          addForm(forms, NameKeys.core(NameKeys.keysOf(alias)), i);
        }
      }
    }
    return forms;
  }

  private static void addForm(Map<List<String>, List<Integer>> forms, List<String> form, int group) {
    List<Integer> list = forms.computeIfAbsent(List.copyOf(form), k -> new ArrayList<>(2));
    if (list.isEmpty() || list.get(list.size() - 1) != group) {
      list.add(group);
    }
  }

  /** The groups that {@code core} may stand for, in document order: a superset of those {@link #standsFor} accepts. */
  private static List<Integer> candidates(List<String> core, Map<List<String>, List<Integer>> forms) {
    List<Integer> found = new ArrayList<>(forms.getOrDefault(core, List.of()));
    if (core.size() == 1 && core.get(0).contains("&")) {
      found.addAll(forms.getOrDefault(List.of(core.get(0).replace("&", "")), List.of()));
      found.sort(null);
    }
    return found;
  }

  /**
   * A short acronym is shared by many organizations the gazetteer does not list ("PAP" is a party in
   * Singapore and a press agency in Poland; "NCA" a crime agency and a cattlemen's association), so a
   * two- or three-letter acronym that is only an alias of its entry is read as that entry only when the
   * document also names the entry another way; otherwise it stays the name the text used.
   */
  private void dropUnsupportedAcronymEntries() {
    for (List<Mention> list : mentions) {
      for (int j = 0; j < list.size(); j++) {
        Mention m = list.get(j);
        if (m.definedBy() == null && m.entry() == null && gazetteer != null && !m.unit()) {
          // "Niagara Mohawk Corp" is the gazetteer's "Niagara Mohawk" with a legal form
          List<String> keys = keysOf(m);
          GazetteerEntry entry = gazetteerEntry(keys);
          if (entry == null) {
            entry = gazetteerEntry(NameKeys.core(keys));
          }
          list.set(j, m.withEntry(entry));
        }
      }
    }
    for (List<Mention> list : mentions) {
      for (int j = 0; j < list.size(); j++) {
        Mention m = list.get(j);
        if (m.entry() == null || m.definedBy() != null || surface(m).equals(m.entry().name())) {
          continue;
        }
        // only mentions that are no short acronym count, and this loop changes none of those
        // the gazetteer marks the few short acronyms that name one organization on their own ("SEC", "ECB")
        if (shortAcronym(m) && !namedOtherwise(m.entry()) && !m.entry().standsAlone(surface(m))) {
          list.set(j, m.withEntry(null));
        } else if (longerAcronym(m) && !namedWithoutAcronym(m.entry()) && documentAcronyms().contains(surface(m).replace(".", ""))) {
          // "General Motors Acceptance Corp ... GMAC": the article's own name spells the acronym, which
          // the list gives to another organization
          list.set(j, m.withEntry(null));
        }
      }
    }
  }

  /** Whether a mention is one all-capital word of four or five letters: "GMAC", "NASA". */
  private boolean longerAcronym(Mention m) {
    if (m.length() != 1 || sentences[m.sentence()].capitals) {
      return false;
    }
    String w = surface(m).replace(".", "");
    return w.length() >= 4 && w.length() <= 5 && isAllCaps(w) && Character.isLetter(w.charAt(0));
  }

  private Set<String> documentAcronyms;

  /** The initials of the document's names of two words or more, with and without their legal forms; made when first asked. */
  private Set<String> documentAcronyms() {
    if (documentAcronyms == null) {
      documentAcronyms = new java.util.HashSet<>();
      for (List<Mention> list : mentions) {
        for (Mention m : list) {
          List<String> keys = keysOf(m);
          String a = acronym(keys);
          String b = acronym(NameKeys.core(keys));
          if (a != null) {
            documentAcronyms.add(a);
          }
          if (b != null) {
            documentAcronyms.add(b);
          }
        }
      }
    }
    return documentAcronyms;
  }

  /** Whether a mention is one all-capital word of two or three letters: "GE", "NCA". */
  private boolean shortAcronym(Mention m) {
    // in a headline in capitals every word looks like an acronym: "GAP" there is the retailer's name
    if (m.length() != 1 || sentences[m.sentence()].capitals) {
      return false;
    }
    String w = sentences[m.sentence()].tokens[m.start()].replace(".", "").replace("&", "");
    return w.length() >= 2 && w.length() <= 3 && isAllCaps(w) && Character.isLetter(w.charAt(0));
  }

  private String surface(Mention m) {
    return sentences[m.sentence()].tokens[m.start()];
  }

  /** Whether some mention of the document other than an acronym of up to five letters names {@code entry}. */
  private boolean namedWithoutAcronym(GazetteerEntry entry) {
    for (List<Mention> list : mentions) {
      for (Mention m : list) {
        if (m.entry() == entry && !shortAcronym(m) && !longerAcronym(m)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether some mention of the document other than a short acronym names {@code entry}. */
  private boolean namedOtherwise(GazetteerEntry entry) {
    for (List<Mention> list : mentions) {
      for (Mention m : list) {
        if (m.entry() == entry && !shortAcronym(m)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Names made only of generic words are not names of their own: "the Bank", "the Ministry" or "the
   * Commission" refer back to the bank, ministry or commission the article named before, and join it;
   * with none before, or made of legal forms and title words only ("Ltd", "International Inc", "Co KG"),
   * they are dropped.
   */
  private void attachGenericNames() {
    List<Group> junk = new ArrayList<>();
    for (int i = 0; i < groups.size(); i++) {
      Group g = groups.get(i);
      if (g.entry != null || g.mergedInto != null || !genericOnly(g.core)) {
        continue;
      }
      Group target = null;
      String head = OrganizationWords.lower(g.core.get(0));
      if (g.core.size() == 1 && (OrganizationWords.HEADS_OF.contains(head) || OrganizationWords.HEADS_AFTER.contains(head))) {
        for (int j = i - 1; j >= 0 && target == null; j--) {
          Group h = groups.get(j).root();
          if (h != g && !genericOnly(h.core)) {
            for (String key : h.core) {
              if (OrganizationWords.lower(key).equals(head)) {
                target = h;
                break;
              }
            }
          }
        }
      }
      if (target != null) {
        g.mergedInto = target;
      } else {
        junk.add(g);
      }
    }
    if (junk.isEmpty()) {
      return;
    }
    for (List<Mention> list : mentions) {
      list.removeIf(m -> groupOf.get(m) != null && junk.contains(groupOf.get(m).root()));
    }
    groups.removeAll(junk);
  }

  /** Words that, with legal forms, name no organization on their own: "International Inc", "Co KG". */
  private static final Set<String> GENERIC_WORDS = Set.of("kg", "and", "&", "of", "the",
      "-", "banking", "international", "holding", "financial", "services", "enterprises");

  /**
   * Whether a name's core keys are generic words only: legal forms and a few title words
   * ("International", "Co KG", "Banking"), or one institutional head word ("Bank", "Agency").
   */
  static boolean genericOnly(List<String> core) {
    if (core.isEmpty()) {
      return false;
    }
    if (core.size() == 1) {
      if (OrganizationPatterns.LEGISLATURES.contains(core.get(0)) || core.get(0).equals("House")) {
        return false; // "the Senate", "Congress": a legislature's own name, not a reference back
      }
      String w = OrganizationWords.lower(core.get(0));
      if (OrganizationWords.HEADS_OF.contains(w) || OrganizationWords.HEADS_AFTER.contains(w)) {
        return true;
      }
    }
    for (String key : core) {
      String w = OrganizationWords.lower(key);
      if (!OrganizationWords.LEGAL_FORMS.contains(w) && !GENERIC_WORDS.contains(w)) {
        return false;
      }
    }
    return true;
  }

  private GazetteerEntry gazetteerEntry(List<String> keys) {
    return gazetteer.exactEntry(keys);
  }

  /** Whether a name with {@code core} keys is a short form or the acronym of {@code h}'s name. */
  private static boolean standsFor(List<String> core, Group h) {
    List<String> full = h.core;
    if (full.size() <= core.size()) {
      return h.entry != null && aliasOf(core, h.entry);
    }
    if (full.subList(0, core.size()).equals(core)) {
      return core.size() >= 2 || shortFormAllowed(full);
    }
    if (core.size() == 1) {
      String acronym = acronym(full);
      String word = core.get(0).replace("&", "");
      return acronym != null && acronym.equals(word) || word.equals(h.formAcronym);
    }
    return initialsFor(core, full);
  }

  /**
   * Whether a name opens with the initials of the first words of a longer name and goes on with its
   * other words: "H.K. Telephone" (keys "HK", "Telephone") for "Hong Kong Telephone".
   */
  private static boolean initialsFor(List<String> core, List<String> full) {
    if (core.size() < 2) {
      return false;
    }
    String initials = core.get(0);
    int n = initials.length();
    if (n < 2 || n > 3 || !isAllCaps(initials) || full.size() != n + core.size() - 1) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (full.get(i).isEmpty() || full.get(i).charAt(0) != initials.charAt(i)) {
        return false;
      }
    }
    return full.subList(n, full.size()).equals(core.subList(1, core.size()));
  }

  /** The short form of a name of three words or more that takes the initials of its first two: "HK Telephone". */
  private static List<String> initialsForm(List<String> core) {
    if (core.size() < 3 || !isAllCaps(core.get(0).substring(0, 1)) || !isAllCaps(core.get(1).substring(0, 1))
        || !Character.isLetter(core.get(0).charAt(0)) || !Character.isLetter(core.get(1).charAt(0))
        || !OrganizationPatterns.capitalized(core.get(2))) {
      return null;
    }
    List<String> out = new ArrayList<>(core.size() - 1);
    out.add("" + core.get(0).charAt(0) + core.get(1).charAt(0));
    out.addAll(core.subList(2, core.size()));
    return out;
  }

  private static boolean aliasOf(List<String> core, GazetteerEntry entry) {
    for (String alias : entry.aliases()) {
      if (NameKeys.core(NameKeys.keysOf(alias)).equals(core)) {
        return true;
      }
    }
    return false;
  }

  private void propagate(List<List<TaggedName>> otherNames) {
    NameTrie<Form> exact = new NameTrie<>();
    NameTrie<Form> folded = new NameTrie<>();
    Map<List<String>, Form> claimed = new HashMap<>();
    // Each group's mentions in document order, gathered in one pass over the mentions.
    Map<Group, List<Mention>> owned = new IdentityHashMap<>();
    for (List<Mention> list : mentions) {
      for (Mention m : list) {
        Group owner = groupOf.get(m);
        if (owner != null) {
          owned.computeIfAbsent(owner.root(), k -> new ArrayList<>()).add(m);
        }
      }
    }
    for (Group g : groups) {
      if (g.mergedInto != null) {
        continue;
      }
      List<Mention> own = owned.getOrDefault(g, List.of());
      for (Mention m : own) {
        addForm(keysOf(m), new Form(g, false), exact, folded, claimed);
      }
      List<String> core = g.core;
      if (core.size() >= 2 || core.size() == 1 && usableWord(core.get(0))) {
        addForm(core, new Form(g, core.size() == 1), exact, folded, claimed);
      }
      if (core.size() >= 2) {
        String acronym = acronym(core);
        if (acronym != null) {
          addForm(List.of(acronym), new Form(g, true), exact, folded, claimed);
        }
        if (shortFormAllowed(core)) {
          addForm(List.of(core.get(0)), new Form(g, true), exact, folded, claimed);
        }
        if (g.formAcronym != null && !g.formAcronym.equals(acronym)) {
          addForm(List.of(g.formAcronym), new Form(g, true), exact, folded, claimed);
        }
        List<String> initials = initialsForm(core);
        if (initials != null) {
          addForm(initials, new Form(g, true), exact, folded, claimed);
        }
      }
      for (String alias : g.extraAliases) {
        addForm(NameKeys.keysOf(alias), new Form(g, false), exact, folded, claimed);
      }
    }
    // Which tokens a name holds, one array for all sentences, cleared for each.
    int longest = 0;
    for (KeyedSentence s : sentences) {
      longest = Math.max(longest, s.tokens.length);
    }
    boolean[] taken = new boolean[longest];
    for (int si = 0; si < sentences.length; si++) {
      KeyedSentence s = sentences[si];
      List<Mention> list = mentions.get(si);
      Arrays.fill(taken, 0, s.tokens.length, false);
      for (int i = 0; i < list.size(); i++) {
        Arrays.fill(taken, list.get(i).start(), list.get(i).end(), true);
      }
      for (int k = 0; k < s.keys.length; k++) {
        if (!s.startsToken(k) || taken[s.keyToken[k]]) {
          continue;
        }
        boolean fold = false;
        int end = exact.longest(s.keys, k, s);
        if (end < 0 && s.capitals) {
          end = folded.longest(s.folded(), k, s);
          fold = end > 0;
        }
        if (end < 0) {
          continue;
        }
        int start = s.keyToken[k];
        int tokenEnd = s.tokenEnd(end);
        boolean free = true;
        for (int t = start; t < tokenEnd; t++) {
          free &= !taken[t];
        }
        Form form = fold ? folded.valueAt(s.folded(), k, end) : exact.valueAt(s.keys, k, end);
        boolean bracketed = start > 0 && tokenEnd < s.tokens.length && s.tokens[start - 1].equals("<")
            && s.tokens[tokenEnd].equals(">");
        if (!free || bracketed || form.derived() && !s.capitals && !standsAlone(s.tokens, start, tokenEnd)
            || !s.capitals && !NameContext.fitsContext(s.tokens, start, tokenEnd, false, s.titleCase)
            || NameContext.insideOtherName(otherNames.get(si), start, tokenEnd)) {
          continue;
        }
        Mention m = new Mention(si, start, tokenEnd, Mention.Source.DOCUMENT);
        groupOf.put(m, form.group());
        list.add(m);
        Arrays.fill(taken, start, tokenEnd, true);
        k = end - 1;
      }
    }
  }

  /**
   * Adds a form; a form that two organizations claim is dropped unless one of them claims it by a
   * name the text used.
   */
  private static void addForm(List<String> keys, Form form, NameTrie<Form> exact, NameTrie<Form> folded,
      Map<List<String>, Form> claimed) {
    if (keys.isEmpty()) {
      return;
    }
    if (claimed.containsKey(keys)) {
      return; // the first organization to claim a form keeps it
    }
    claimed.put(keys, form);
    if (keys.size() == 1 && !OrganizationPatterns.capitalized(keys.get(0))) {
      return;
    }
    exact.add(keys, form);
    List<String> lower = new ArrayList<>(keys.size());
    for (String key : keys) {
      lower.add(NameKeys.fold(key));
    }
    folded.add(lower, form);
  }

  /**
   * Whether a derived form found at tokens {@code [start, end)} stands alone rather than being part
   * of a longer name: no capitalized word right before or after it, and not a sentence's opening
   * function word.
   */
  private static boolean standsAlone(String[] t, int start, int end) {
    if (end < t.length && OrganizationPatterns.nameWord(t[end], false)
        && !OrganizationWords.TITLES.contains(OrganizationWords.lower(t[end]))) {
      return false;
    }
    if (start > 0 && !OrganizationPatterns.sentenceInitial(t, start)
        && OrganizationPatterns.nameWord(t[start - 1], false) && !LeadingWords.introduces(t, start - 1)
        && !(OrganizationPatterns.sentenceInitial(t, start - 1)
            && OrganizationWords.STARTERS.contains(OrganizationWords.lower(t[start - 1])))) {
      return false;
    }
    return !(OrganizationPatterns.sentenceInitial(t, start)
        && OrganizationWords.STARTERS.contains(OrganizationWords.lower(t[start])));
  }

  /** Whether a single word derived from a name may stand for it. */
  private static boolean usableWord(String word) {
    String w = OrganizationWords.lower(word);
    return word.length() >= 2 && OrganizationPatterns.capitalized(word) && !OrganizationWords.NOT_ACRONYMS.contains(word)
        && !PlaceNames.isPlace(word)
        && !OrganizationWords.STARTERS.contains(w) && !OrganizationWords.GENERIC_FIRST_WORDS.contains(w)
        && !OrganizationWords.HEADS_OF.contains(w) && !OrganizationWords.HEADS_AFTER.contains(w)
        && !OrganizationWords.TITLES.contains(w);
  }

  /** Whether the first word of a name may stand for it: "Northrop" for "Northrop Grumman". */
  private static boolean shortFormAllowed(List<String> core) {
    if (core.size() < 2) {
      return false;
    }
    String first = core.get(0);
    String w = OrganizationWords.lower(first);
    return first.length() >= 3 && OrganizationPatterns.capitalized(first) && !isAllCaps(first)
        && !OrganizationWords.GENERIC_FIRST_WORDS.contains(w) && !OrganizationWords.STARTERS.contains(w)
        && !OrganizationWords.HEADS_OF.contains(w) && !OrganizationWords.HEADS_AFTER.contains(w)
        && !OrganizationWords.TITLES.contains(w) && !PlaceNames.isPlace(first) && !core.get(1).equals("of") && !core.get(1).equals("-");
  }

  private static boolean isAllCaps(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (Character.isLowerCase(word.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** The initials of a name of two words or more, "GM" for "General Motors"; null when they are not a usable acronym. */
  static String acronym(List<String> core) {
    if (core.size() < 2) {
      return null;
    }
    StringBuilder sb = new StringBuilder();
    int words = 0;
    for (String key : core) {
      if (key.isEmpty() || !Character.isLetterOrDigit(key.charAt(0))) {
        continue;
      }
      String w = OrganizationWords.lower(key);
      if (w.equals("of") || w.equals("and") || w.equals("the") || w.equals("for") || w.equals("de")) {
        continue;
      }
      if (!Character.isUpperCase(key.charAt(0))) {
        return null;
      }
      sb.append(key.charAt(0));
      words++;
    }
    String acronym = sb.toString();
    return words >= 2 && !OrganizationWords.NOT_ACRONYMS.contains(acronym) ? acronym : null;
  }

  /** The keys of a mention's tokens. */
  private List<String> keysOf(Mention m) {
    KeyedSentence s = sentences[m.sentence()];
    return s.keyList().subList(s.tokenKey[m.start()], s.tokenKey[m.end()]);
  }
}
