package dev.newsminer.index;

import dev.newsminer.Amount;
import dev.newsminer.Commitment;
import dev.newsminer.Extraction;
import dev.newsminer.Organization;
import dev.newsminer.article.Article;
import dev.newsminer.internal.Folding;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexOptions;

/**
 * The Lucene documents of one extraction: one for the article and one per commitment, written and
 * replaced together as one block keyed by the article id.
 */
final class IndexedDocuments {

  static final String TYPE = "type";
  static final String ARTICLE = "article";
  static final String COMMITMENT = "commitment";
  static final String ARTICLE_ID = "article_id";
  static final String SOURCE = "source";
  static final String URL = "url";
  static final String TITLE = "title";
  /** The headline of a commitment's article, stored only. */
  static final String ARTICLE_TITLE = "article_title";
  static final String BODY = "body";
  static final String EVIDENCE = "evidence";
  static final String PURPOSE = "purpose";
  static final String TIMEFRAME = "timeframe";
  static final String PUBLISHED = "published";
  static final String PUBLISHED_SORT = "published_sort";
  static final String ORG = "org";
  static final String ORG_KEY = "org_key";
  /** Per organization of an article, stored only: its name and its aliases, each after {@link #ENTRY_SEPARATOR}. */
  static final String ORG_ALIASES = "org_aliases";
  static final String KIND = "kind";
  static final String PARTNER = "partner";
  static final String AMOUNT_PREFIX = "amount.";
  static final String AMOUNT_VALUE = "amount_value";
  static final String AMOUNT_CURRENCY = "amount_currency";
  static final String AMOUNT_TEXT = "amount_text";
  static final String AMOUNT_APPROXIMATE = "amount_approximate";

  static final String FACET_ORGANIZATION = "organization";
  static final String FACET_ORGANIZATION_TYPE = "organization_type";
  static final String FACET_KIND = "kind";
  static final String FACET_YEAR = "year";
  /** "name\u001Ftype" per organization, to list organizations with their type. */
  static final String FACET_ORG_ENTRY = "org_entry";
  static final char ENTRY_SEPARATOR = '\u001F';

  /** The facets with drill-down terms, as older indexes have them; searches use its dimensions only. */
  static final FacetsConfig FACETS = facetsConfig(FacetsConfig.DrillDownTermsIndexing.ALL);
  private static final FacetsConfig FACETS_WITHOUT_TERMS = facetsConfig(FacetsConfig.DrillDownTermsIndexing.NONE);

  /**
   * What goes into a document beyond what searches use. Searches filter organizations by
   * {@code org_key} and count facets from doc values, so the terms of {@code org}, {@code partner}
   * and the facets' drill-down terms are never read: a new index leaves them out, almost a fifth
   * of the distinct terms a commit writes. An index that already has them keeps getting them, since Lucene
   * rejects a field indexed in some documents and only stored in others.
   *
   * @param facetTerms   index the facets' drill-down terms
   * @param nameTerms    index {@code org} and {@code partner}, not only store them
   */
  record Layout(boolean facetTerms, boolean nameTerms) {
    /** The layout of a new index. */
    static final Layout LEAN = new Layout(false, false);

    /** The layout that keeps an existing index's fields as they are. */
    static Layout of(FieldInfos fields) {
      return new Layout(indexed(fields, FACETS.getDimConfig(FACET_KIND).indexFieldName),
          indexed(fields, ORG) || indexed(fields, PARTNER));
    }

    private static boolean indexed(FieldInfos fields, String name) {
      FieldInfo info = fields.fieldInfo(name);
      return info != null && info.getIndexOptions() != IndexOptions.NONE;
    }
  }

  private IndexedDocuments() {}

  private static FacetsConfig facetsConfig(FacetsConfig.DrillDownTermsIndexing drillDown) {
    FacetsConfig config = new FacetsConfig();
    for (String dim : List.of(FACET_ORGANIZATION, FACET_ORGANIZATION_TYPE, FACET_KIND, FACET_ORG_ENTRY, FACET_YEAR)) {
      config.setDrillDownTermsIndexing(dim, drillDown);
    }
    for (String dim : List.of(FACET_ORGANIZATION, FACET_ORGANIZATION_TYPE, FACET_KIND, FACET_ORG_ENTRY)) {
      config.setMultiValued(dim, true);
    }
    return config;
  }

  /** The article document followed by its commitment documents, facets built, in the given layout. */
  static List<Document> of(Extraction x, Layout layout) throws IOException {
    FacetsConfig facets = layout.facetTerms() ? FACETS : FACETS_WITHOUT_TERMS;
    Article a = x.article();
    List<Document> docs = new ArrayList<>(1 + x.commitments().size());
    Document article = new Document();
    article.add(new StringField(TYPE, ARTICLE, Field.Store.NO));
    article.add(new StringField(ARTICLE_ID, a.id(), Field.Store.YES));
    article.add(new StoredField(SOURCE, a.source()));
    if (a.url() != null) {
      article.add(new StoredField(URL, a.url()));
    }
    article.add(new TextField(TITLE, a.title(), Field.Store.YES));
    article.add(new TextField(BODY, a.text(), Field.Store.YES));
    addEmpty(article, EVIDENCE);
    addEmpty(article, PURPOSE);
    addDate(article, a);
    Set<String> types = new LinkedHashSet<>();
    for (Organization o : x.organizations()) {
      article.add(name(ORG, o.name(), layout));
      if (o.aliases().size() > 1 || (o.aliases().size() == 1 && !o.aliases().get(0).equals(o.name()))) {
        article.add(new StoredField(ORG_ALIASES, o.name() + ENTRY_SEPARATOR + String.join(String.valueOf(ENTRY_SEPARATOR),
            o.aliases())));
      }
      for (String key : keys(o.name(), o.aliases())) {
        article.add(new StringField(ORG_KEY, key, Field.Store.NO));
      }
      article.add(new SortedSetDocValuesFacetField(FACET_ORGANIZATION, o.name()));
      article.add(new SortedSetDocValuesFacetField(FACET_ORG_ENTRY, o.name() + ENTRY_SEPARATOR + o.type()));
      types.add(o.type().name());
    }
    for (String type : types) {
      article.add(new SortedSetDocValuesFacetField(FACET_ORGANIZATION_TYPE, type));
    }
    Set<String> kinds = new LinkedHashSet<>();
    for (Commitment c : x.commitments()) {
      kinds.add(c.kind().name());
      addAmount(article, c.amount());
    }
    for (String kind : kinds) {
      article.add(new StringField(KIND, kind, Field.Store.YES));
      article.add(new SortedSetDocValuesFacetField(FACET_KIND, kind));
    }
    docs.add(facets.build(article));

    for (Commitment c : x.commitments()) {
      Document d = new Document();
      d.add(new StringField(TYPE, COMMITMENT, Field.Store.NO));
      d.add(new StringField(ARTICLE_ID, a.id(), Field.Store.YES));
      d.add(new StoredField(ARTICLE_TITLE, a.title()));
      addEmpty(d, TITLE);
      addEmpty(d, BODY);
      addDate(d, a);
      d.add(name(ORG, c.organization(), layout));
      Organization committer = find(x.organizations(), c.organization());
      for (String key : keys(c.organization(), committer == null ? List.of() : committer.aliases())) {
        d.add(new StringField(ORG_KEY, key, Field.Store.NO));
      }
      d.add(new SortedSetDocValuesFacetField(FACET_ORGANIZATION, c.organization()));
      String type = committer == null ? "OTHER" : committer.type().name();
      d.add(new SortedSetDocValuesFacetField(FACET_ORGANIZATION_TYPE, type));
      d.add(new SortedSetDocValuesFacetField(FACET_ORG_ENTRY, c.organization() + ENTRY_SEPARATOR + type));
      for (String partner : c.partners()) {
        d.add(name(PARTNER, partner, layout));
      }
      d.add(new StringField(KIND, c.kind().name(), Field.Store.YES));
      d.add(new SortedSetDocValuesFacetField(FACET_KIND, c.kind().name()));
      d.add(new TextField(EVIDENCE, c.evidence().text(), Field.Store.YES));
      if (c.purpose() != null) {
        d.add(new TextField(PURPOSE, c.purpose(), Field.Store.YES));
      } else {
        addEmpty(d, PURPOSE);
      }
      if (c.timeframe() != null) {
        d.add(new StoredField(TIMEFRAME, c.timeframe().text()));
      }
      Amount amount = c.amount();
      if (amount != null) {
        addAmount(d, amount);
        d.add(new StoredField(AMOUNT_VALUE, amount.value()));
        d.add(new StoredField(AMOUNT_CURRENCY, amount.currency()));
        d.add(new StoredField(AMOUNT_TEXT, amount.text()));
        d.add(new StoredField(AMOUNT_APPROXIMATE, amount.approximate() ? 1 : 0));
      }
      docs.add(facets.build(d));
    }
    return docs;
  }

  /** An organization name, stored for hits and indexed only where the layout says so. */
  private static Field name(String field, String value, Layout layout) {
    return layout.nameTerms() ? new StringField(field, value, Field.Store.YES) : new StoredField(field, value);
  }

  /** The lowercase keys an organization filter matches: canonical name and aliases. */
  static Set<String> keys(String name, List<String> aliases) {
    Set<String> keys = new LinkedHashSet<>();
    keys.add(key(name));
    for (String alias : aliases) {
      keys.add(key(alias));
    }
    return keys;
  }

  /** The key an organization filter matches a name by: without case or accents ("Nestlé" and "NESTLE" alike). */
  static String key(String name) {
    return Folding.fold(name.strip());
  }

  /** The key of an index written before keys were accent-free: lower case only. */
  static String keyWithAccents(String name) {
    return name.strip().toLowerCase(Locale.ROOT);
  }


  private static Organization find(List<Organization> organizations, String name) {
    for (Organization o : organizations) {
      if (o.name().equals(name)) {
        return o;
      }
    }
    return null;
  }

  /**
   * Gives a document a text field without any text, so that every document of a segment has a norm
   * for every text field. Lucene stores the norms of a field that some documents lack as a sparse
   * list, and writing the postings of a segment then scans that list from its start for every term:
   * at a commit of 500 articles that scan took a fifth of the indexing time. An empty field adds no
   * terms, so matches, field statistics and scores stay as they were.
   */
  private static void addEmpty(Document d, String field) {
    d.add(new TextField(field, "", Field.Store.NO));
  }

  private static void addDate(Document d, Article a) {
    if (a.published() == null) {
      return;
    }
    long day = a.published().toEpochDay();
    d.add(new LongPoint(PUBLISHED, day));
    d.add(new NumericDocValuesField(PUBLISHED_SORT, day));
    d.add(new StoredField(PUBLISHED, a.published().toString()));
    d.add(new SortedSetDocValuesFacetField(FACET_YEAR, Integer.toString(a.published().getYear())));
  }

  private static void addAmount(Document d, Amount amount) {
    if (amount != null) {
      d.add(new DoublePoint(AMOUNT_PREFIX + amount.currency(), amount.value()));
    }
  }
}
