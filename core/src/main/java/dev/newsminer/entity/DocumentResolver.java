package dev.newsminer.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The document level of the {@link OrganizationFinder}: resolves the mentions of one document to
 * organizations (a gazetteer entry, an acronym and the name it abbreviates, a short form and the
 * full name are one organization) and, when asked, finds every other place where the document
 * names them again, by the names it used, their short forms and their acronyms. One per document.
 */
final class DocumentResolver {

  /** One organization of the document while it is being resolved. */
  static final class Group {
    final GazetteerEntry entry;
    /** The name's keys without legal forms or a leading "The": "General Motors" for "General Motors Corp". */
    final List<String> core;
    final List<Mention> mentions = new ArrayList<>();
    final List<String> extraAliases = new ArrayList<>(2);
    Group mergedInto;

    Group(GazetteerEntry entry, List<String> core) {
      this.entry = entry;
      this.core = List.copyOf(core);
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
  private final List<List<Mention>> mentions;
  private final Gazetteer gazetteer;
  private final List<Group> groups = new ArrayList<>();

  DocumentResolver(KeyedSentence[] sentences, List<List<Mention>> mentions, Gazetteer gazetteer) {
    this.sentences = sentences;
    this.mentions = mentions;
    this.gazetteer = gazetteer;
  }

  /**
   * Resolves the mentions to organizations and, with {@code propagate}, adds the document's other
   * mentions of them.
   *
   * @return the organizations in order of first mention; each mention's {@code group} is set
   */
  List<Group> resolve(boolean propagate, List<List<TaggedName>> otherNames) {
    dropUnsupportedAcronymEntries();
    group();
    attachGenericNames();
    if (propagate) {
      propagate(otherNames);
    }
    List<Group> out = new ArrayList<>();
    // A set beside the lists: asking each group's list whether it holds a mention took time
    // quadratic in the mentions of one organization.
    java.util.Set<Mention> added = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    for (List<Mention> list : mentions) {
      for (Mention m : list) {
        m.group = m.group.root();
        if (added.add(m)) {
          m.group.mentions.add(m);
        }
      }
    }
    // the order of first mention: sentences in order, mentions sorted within each sentence
    for (List<Mention> list : mentions) {
      list.sort((a, b) -> Integer.compare(a.start, b.start));
      for (Mention m : list) {
        if (!out.contains(m.group)) {
          out.add(m.group);
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
      list.sort((a, b) -> Integer.compare(a.start, b.start));
      for (Mention m : list) {
        if (m.definedBy != null) {
          continue;
        }
        List<String> keys = keysOf(m);
        List<String> core = core(keys);
        Object key = m.entry != null ? m.entry.name() : core;
        Group g = byKey.get(key);
        if (g == null) {
          g = new Group(m.entry, m.entry != null ? core(NameKeys.keysOf(m.entry.name())) : core);
          byKey.put(m.entry != null ? key : g.core, g); // the group's own copy, not a view of the keys
          groups.add(g);
        }
        m.group = g;
        if (m.extraAlias != null && !g.extraAliases.contains(m.extraAlias)) {
          g.extraAliases.add(m.extraAlias);
        }
      }
    }
    for (List<Mention> list : mentions) {
      for (Mention m : list) {
        if (m.definedBy != null) {
          m.group = m.definedBy.group;
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
      if (h.entry != null) {
        for (String alias : h.entry.aliases()) {
          addForm(forms, core(NameKeys.keysOf(alias)), i);
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
      for (Mention m : list) {
        if (m.definedBy == null && m.entry == null && gazetteer != null && !m.unit) {
          // "Niagara Mohawk Corp" is the gazetteer's "Niagara Mohawk" with a legal form
          List<String> keys = keysOf(m);
          m.entry = gazetteerEntry(keys);
          if (m.entry == null) {
            m.entry = gazetteerEntry(core(keys));
          }
        }
      }
    }
    for (List<Mention> list : mentions) {
      for (Mention m : list) {
        if (m.entry == null || m.definedBy != null || !shortAcronym(m) || surface(m).equals(m.entry.name())) {
          continue;
        }
        if (!namedOtherwise(m.entry)) {
          m.entry = null;
        }
      }
    }
  }

  /** Whether a mention is one all-capital word of two or three letters: "GE", "NCA". */
  private boolean shortAcronym(Mention m) {
    if (m.length() != 1) {
      return false;
    }
    String w = sentences[m.sentence].tokens[m.start].replace(".", "").replace("&", "");
    return w.length() >= 2 && w.length() <= 3 && isAllCaps(w) && Character.isLetter(w.charAt(0));
  }

  private String surface(Mention m) {
    return sentences[m.sentence].tokens[m.start];
  }

  /** Whether some mention of the document other than a short acronym names {@code entry}. */
  private boolean namedOtherwise(GazetteerEntry entry) {
    for (List<Mention> list : mentions) {
      for (Mention m : list) {
        if (m.entry == entry && !shortAcronym(m)) {
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
      list.removeIf(m -> m.group != null && junk.contains(m.group.root()));
    }
    groups.removeAll(junk);
  }

  /** Words that, with legal forms, name no organization on their own: "International Inc", "Co KG". */
  private static final java.util.Set<String> GENERIC_WORDS = java.util.Set.of("kg", "and", "&", "of", "the",
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
      return acronym != null && acronym.equals(core.get(0).replace("&", ""));
    }
    return false;
  }

  private static boolean aliasOf(List<String> core, GazetteerEntry entry) {
    for (String alias : entry.aliases()) {
      if (core(NameKeys.keysOf(alias)).equals(core)) {
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
        if (m.group != null) {
          owned.computeIfAbsent(m.group.root(), k -> new ArrayList<>()).add(m);
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
        Arrays.fill(taken, list.get(i).start, list.get(i).end, true);
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
            || !s.capitals && !OrganizationFinder.fitsContext(s.tokens, start, tokenEnd, false)
            || OrganizationFinder.insideOtherName(otherNames.get(si), start, tokenEnd)) {
          continue;
        }
        Mention m = new Mention(si, start, tokenEnd, Mention.Source.DOCUMENT);
        m.group = form.group();
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
        && OrganizationPatterns.nameWord(t[start - 1], false)
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
    KeyedSentence s = sentences[m.sentence];
    return s.keyList().subList(s.tokenKey[m.start], s.tokenKey[m.end]);
  }

  /**
   * A name's keys without trailing legal forms, a leading "The" or a trailing possessive: a view of
   * {@code keys}, not a copy, as most cores are only looked up or compared (a {@link Group} keeps a copy).
   */
  static List<String> core(List<String> keys) {
    int from = 0;
    int to = keys.size();
    while (to - from > 1 && (keys.get(to - 1).equals("'") || keys.get(to - 1).equals("s") && to >= 2 && keys.get(to - 2).equals("'"))) {
      to -= keys.get(to - 1).equals("'") ? 1 : 2;
    }
    while (to - from > 1 && OrganizationWords.LEGAL_FORMS.contains(OrganizationWords.lower(keys.get(to - 1)))) {
      to--;
    }
    // "Merrill Lynch and Co Inc" is "Merrill Lynch": the connector before a dropped legal form goes too
    while (to - from > 1 && (keys.get(to - 1).equals("&") || keys.get(to - 1).equals("-")
        || OrganizationWords.lower(keys.get(to - 1)).equals("and"))) {
      to--;
    }
    if (to - from > 1 && OrganizationWords.lower(keys.get(0)).equals("the")) {
      from++;
    }
    return keys.subList(from, to);
  }
}
