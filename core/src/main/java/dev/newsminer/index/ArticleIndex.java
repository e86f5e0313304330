package dev.newsminer.index;

import static dev.newsminer.index.IndexedDocuments.*;

import dev.newsminer.Amount;
import dev.newsminer.Extraction;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * A Lucene index of extractions in a folder on disk: one document per article and one per
 * commitment, searchable with Lucene query syntax, filters, facets and highlighted snippets.
 *
 * <p>Documents are keyed by article id: adding an extraction again replaces it, never duplicates
 * it. Lucene commits are the only points of truth: after a crash the index holds what was last
 * committed, readable, and {@link #committedIds()} tells what a rerun may skip. An index opened with
 * {@link #open(Path, int)} commits every {@code commitEvery} articles and on {@link #close()}.
 *
 * <p>Thread-safe: any number of threads may add and search at once. Another process may search
 * the folder with {@link #openReadOnly(Path)} while this one writes; it sees the last commit.
 *
 * <pre>{@code
 * try (ArticleIndex index = ArticleIndex.open(Path.of("ix"), 500)) {
 *   index.add(miner.extract(article));
 *   index.commit();
 *   SearchResult r = index.search(SearchRequest.of("\"AI research\"").withOrganization("IBM"));
 * }
 * }</pre>
 */
public final class ArticleIndex implements Closeable {

  /** The default number of articles between commits of {@link #open(Path)}. */
  public static final int DEFAULT_COMMIT_EVERY = 500;

  private static final String[] ARTICLE_FIELDS = {TITLE, BODY};
  private static final String[] COMMITMENT_FIELDS = {EVIDENCE, PURPOSE};
  private static final int FACET_TOP = 10;

  private final Path folder;
  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final Analyzer analyzer = new EnglishAnalyzer();
  private final int commitEvery;
  private final IndexedDocuments.Layout layout;
  private final AtomicInteger sinceCommit = new AtomicInteger();
  private volatile FacetState facetState;
  private volatile OrganizationList organizationList;
  /** The commit generation a read-only index last refreshed its searchers for. */
  private volatile long seenGeneration = -2;

  private record FacetState(IndexReader reader, SortedSetDocValuesReaderState state) {}

  private record OrganizationList(IndexReader reader, List<OrganizationCount> all) {}

  private ArticleIndex(Path folder, Directory directory, IndexWriter writer, int commitEvery,
      IndexedDocuments.Layout layout) throws IOException {
    this.folder = folder;
    this.directory = directory;
    this.writer = writer;
    this.commitEvery = commitEvery;
    this.layout = layout;
    this.searchers = writer != null ? new SearcherManager(writer, null) : new SearcherManager(directory, null);
  }

  /**
   * Opens or creates the index in {@code folder}, committing every {@link #DEFAULT_COMMIT_EVERY} articles.
   *
   * @param folder the index folder, created when missing. Must not be {@code null}.
   * @return the open index; close it when done
   * @throws IOException as {@link #open(Path, int)}
   */
  public static ArticleIndex open(Path folder) throws IOException {
    return open(folder, DEFAULT_COMMIT_EVERY);
  }

  /**
   * Opens or creates the index in {@code folder} for writing and searching.
   *
   * @param folder      the index folder, created when missing. Must not be {@code null}.
   * @param commitEvery commit after this many added articles; must be at least 1
   * @return the open index; close it when done
   * @throws IllegalArgumentException when {@code commitEvery < 1}
   * @throws IOException when the folder cannot be created, is a file, holds files and no index
   *     (refused before anything is written, so that no file of the user's is touched), or another
   *     process is writing to it
   */
  public static ArticleIndex open(Path folder, int commitEvery) throws IOException {
    if (commitEvery < 1) {
      throw new IllegalArgumentException("commitEvery must be >= 1; got " + commitEvery);
    }
    requireIndexOrEmpty(folder);
    try {
      Files.createDirectories(folder);
    } catch (java.nio.file.FileSystemException e) {
      throw new IOException("cannot create index folder " + folder + " (" + (e.getReason() == null ? "failed" : e.getReason()) + ")", e);
    }
    Directory dir = FSDirectory.open(folder);
    try {
      IndexWriterConfig config = new IndexWriterConfig(new EnglishAnalyzer())
          .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
          .setRAMBufferSizeMB(64);
      IndexWriter writer = new IndexWriter(dir, config);
      IndexedDocuments.Layout layout = IndexedDocuments.Layout.LEAN;
      if (!DirectoryReader.indexExists(dir)) {
        writer.commit();
      } else {
        try (DirectoryReader reader = DirectoryReader.open(dir)) {
          layout = IndexedDocuments.Layout.of(FieldInfos.getMergedFieldInfos(reader));
        }
      }
      return new ArticleIndex(folder, dir, writer, commitEvery, layout);
    } catch (org.apache.lucene.store.LockObtainFailedException e) {
      dir.close();
      throw new IOException("index " + folder + " is being written by another process", e);
    } catch (IOException | RuntimeException e) {
      dir.close();
      throw new IOException("cannot open index " + folder + ": " + e.getMessage(), e);
    }
  }

  /**
   * Whether {@code folder} holds an index (a commit of one, readable or not).
   *
   * @param folder the folder to look in. Must not be {@code null}.
   * @return true when the folder holds an index, false when it holds none or does not exist
   * @throws IOException when the folder cannot be listed
   */
  public static boolean exists(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return false;
    }
    try (Directory dir = FSDirectory.open(folder)) {
      return DirectoryReader.indexExists(dir);
    }
  }

  /**
   * Refuses a path that is a file, or a folder that holds files and no index: Lucene's cleanup
   * deletes files whose names look like its own ({@code _1.cfs}, {@code _draft.txt}), and writing
   * there could destroy the user's files. A missing or empty folder, or one with only a lock left by
   * a writer killed before its first commit, is fine.
   */
  private static void requireIndexOrEmpty(Path folder) throws IOException {
    if (Files.exists(folder) && !Files.isDirectory(folder)) {
      throw new IOException(folder + " is a file, not an index folder");
    }
    if (!Files.isDirectory(folder) || exists(folder)) {
      return;
    }
    try (var entries = Files.list(folder)) {
      boolean foreign = entries.map(p -> p.getFileName().toString())
          .anyMatch(name -> !name.equals("write.lock") && !name.startsWith("pending_segments"));
      if (foreign) {
        throw new IOException(folder + " holds files and no index; refusing to write in it"
            + " (name an empty or new folder)");
      }
    }
  }

  /**
   * Builds one index in {@code folder} from shards, such as the per-partition indexes of a
   * distributed job, each built with {@link #open(Path, int)} and {@link #add(Extraction)} over a
   * run of the input. The shards' segments are copied as they are ({@code IndexWriter.addIndexes},
   * no re-analysis), in the given order; an article in a later shard replaces one of the same id in
   * an earlier shard, as adding the whole input to one index in that order would. The result reads
   * like any other index and can be added to later. Not thread-safe towards the folders involved.
   *
   * @param shards the shard folders in input order. Must not be {@code null}.
   * @param folder the new index's folder, created when missing; it must hold no index yet
   * @throws IOException when a shard cannot be read, {@code folder} already holds an index, or
   *     writing fails; the message names the folder
   */
  public static void merge(List<Path> shards, Path folder) throws IOException {
    Files.createDirectories(folder);
    try (Directory target = FSDirectory.open(folder)) {
      if (DirectoryReader.indexExists(target)) {
        throw new IOException("cannot merge into " + folder + ": it already holds an index");
      }
      IndexWriterConfig config = new IndexWriterConfig(new EnglishAnalyzer())
          .setOpenMode(IndexWriterConfig.OpenMode.CREATE);
      try (IndexWriter writer = new IndexWriter(target, config)) {
        Set<String> seen = new HashSet<>();
        for (Path shard : shards) {
          try (Directory source = FSDirectory.open(shard)) {
            if (!DirectoryReader.indexExists(source)) {
              throw new IOException("no index in shard " + shard);
            }
            // Deletes apply to what the writer holds before addIndexes, not to what it adds.
            for (String id : idsOf(source)) {
              if (!seen.add(id)) {
                writer.deleteDocuments(new Term(ARTICLE_ID, id));
              }
            }
            writer.addIndexes(source);
          }
        }
        writer.commit();
      }
    } catch (IOException | RuntimeException e) {
      throw new IOException("cannot merge shards into " + folder + ": " + e.getMessage(), e);
    }
  }

  /** The article ids of the last commit in {@code directory}. */
  private static Set<String> idsOf(Directory directory) throws IOException {
    Set<String> ids = new HashSet<>();
    try (DirectoryReader reader = DirectoryReader.open(directory)) {
      Terms terms = MultiTerms.getTerms(reader, ARTICLE_ID);
      if (terms != null) {
        TermsEnum it = terms.iterator();
        for (BytesRef term = it.next(); term != null; term = it.next()) {
          ids.add(term.utf8ToString());
        }
      }
    }
    return ids;
  }

  /**
   * Opens an existing index for searching only. Each search sees the last commit, also one that
   * another process made after this index was opened.
   *
   * @param folder the index folder. Must not be {@code null}.
   * @return the index, open for searching; close it when done
   * @throws IOException when {@code folder} holds no index or cannot be read
   */
  public static ArticleIndex openReadOnly(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      throw new IOException((Files.exists(folder) ? folder + " is a file, not an index folder" : "no index in " + folder));
    }
    Directory dir = FSDirectory.open(folder);
    if (!DirectoryReader.indexExists(dir)) {
      dir.close();
      throw new IOException("no index in " + folder);
    }
    try {
      return new ArticleIndex(folder, dir, null, Integer.MAX_VALUE, IndexedDocuments.Layout.LEAN);
    } catch (IOException | RuntimeException e) {
      dir.close();
      throw unreadable(folder, e);
    }
  }

  /** The one-line failure of an index whose files cannot be read: corrupt, truncated or of another format. */
  private static IOException unreadable(Path folder, Exception e) {
    String detail = e instanceof org.apache.lucene.index.CorruptIndexException
        || e instanceof org.apache.lucene.index.IndexFormatTooOldException
        || e instanceof org.apache.lucene.index.IndexFormatTooNewException
        || e instanceof java.nio.file.NoSuchFileException || e instanceof java.io.EOFException
        ? "" : " (" + firstLine(e.getMessage() == null ? "unexpected data" : e.getMessage()) + ")";
    return new IOException("index " + folder + " is corrupt or unreadable" + detail
        + "; rebuild it with newsminer index", e);
  }

  /**
   * Reads every file of the last commit and checks its checksum, so that a corrupt file is found
   * before it gives wrong answers: a damaged terms file otherwise goes unnoticed. It reads the whole
   * index (about a tenth of a second per 100 MB): meant for a command that opens an index once.
   *
   * @throws IOException saying the index is corrupt, or when reading fails
   */
  public void verify() throws IOException {
    try {
      withSearcher(searcher -> {
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
          leaf.reader().checkIntegrity();
        }
        return null;
      });
    } catch (IOException | RuntimeException e) {
      throw unreadable(folder, e);
    }
  }

  /**
   * The folder the index lives in.
   *
   * @return the folder given when the index was opened
   */
  public Path folder() {
    return folder;
  }

  /**
   * Adds an extraction, replacing any earlier one of the same article id. Commits when
   * {@code commitEvery} articles were added since the last commit.
   *
   * @param extraction the extraction. Must not be {@code null}.
   * @throws IllegalStateException when the index was opened read-only
   * @throws IOException when writing fails
   */
  public void add(Extraction extraction) throws IOException {
    if (writer == null) {
      throw new IllegalStateException("index " + folder + " was opened read-only");
    }
    writer.updateDocuments(new Term(ARTICLE_ID, extraction.article().id()), IndexedDocuments.of(extraction, layout));
    if (sinceCommit.incrementAndGet() >= commitEvery) {
      commit();
    }
  }

  /**
   * Makes everything added so far durable and visible to other processes; does nothing on a
   * read-only index.
   *
   * @throws IOException when writing fails
   */
  public synchronized void commit() throws IOException {
    if (writer != null) {
      sinceCommit.set(0);
      // No reader is reopened here: every search refreshes its searcher first, and opening one per
      // commit while only adding would read each new segment for nothing.
      writer.commit();
    }
  }

  /**
   * The ids of the articles in the last commit: what a rerun after a crash may skip.
   *
   * @return a new mutable set; empty for an empty index
   * @throws IOException when reading the index fails
   */
  public Set<String> committedIds() throws IOException {
    return idsOf(directory);
  }

  /**
   * The number of articles visible to searches.
   *
   * @return how many articles the searches see now
   * @throws IOException when reading the index fails
   */
  public int articleCount() throws IOException {
    return withSearcher(s -> s.count(new TermQuery(new Term(TYPE, ARTICLE))));
  }

  /**
   * Searches the index.
   *
   * @param request the search. Must not be {@code null}.
   * @return the requested page of hits, how many documents match and the facets
   * @throws IllegalArgumentException when the query is not valid Lucene syntax; the message is one
   *     line that points at the problem
   * @throws IOException when reading the index fails
   */
  public SearchResult search(SearchRequest request) throws IOException {
    Query query = query(request);
    try {
      return searchWith(query, request);
    } catch (IndexSearcher.TooManyClauses e) {
      throw tooManyClauses(request.query(), e);
    } catch (IOException | RuntimeException e) {
      throw unreadable(folder, e);
    } catch (StackOverflowError e) {
      throw new IllegalArgumentException("invalid query: too deeply nested: " + abbreviate(request.query()), e);
    }
  }

  private static IllegalArgumentException tooManyClauses(String query, RuntimeException e) {
    return new IllegalArgumentException("invalid query: too many terms (more than " + IndexSearcher.getMaxClauseCount()
        + " once wildcards are expanded); use fewer terms or longer prefixes: " + abbreviate(query), e);
  }

  private SearchResult searchWith(Query query, SearchRequest request) throws IOException {
    return withSearcher(searcher -> {
      int wanted = (int) Math.min(Integer.MAX_VALUE - 1, (long) request.offset() + request.limit());
      FacetsCollectorManager.FacetsResult found = request.byDate()
          ? FacetsCollectorManager.search(searcher, query, wanted,
              new Sort(dateSort(), SortField.FIELD_SCORE), new FacetsCollectorManager())
          : FacetsCollectorManager.search(searcher, query, wanted, new FacetsCollectorManager());
      TopDocs top = found.topDocs();
      ScoreDoc[] page = Arrays.copyOfRange(top.scoreDocs, Math.min(request.offset(), top.scoreDocs.length),
          top.scoreDocs.length);
      // The facets collector saw every match: counting them again would be a second pass.
      long total = 0;
      for (FacetsCollector.MatchingDocs docs : found.facetsCollector().getMatchingDocs()) {
        total += docs.totalHits;
      }
      List<SearchHit> hits = hits(searcher, query, page, request.commitments());
      return new SearchResult(total, hits, facets(searcher, found.facetsCollector()));
    });
  }

  /**
   * The organizations in the index with the number of articles naming them and of commitments they
   * made, most articles first.
   *
   * @param top how many to return, at least 1
   * @return at most {@code top} organizations with their counts
   * @throws IllegalArgumentException when {@code top < 1}
   * @throws IOException when reading the index fails
   */
  public List<OrganizationCount> organizations(int top) throws IOException {
    if (top < 1) {
      throw new IllegalArgumentException("top must be >= 1; got " + top);
    }
    try {
      return organizationsOf(top);
    } catch (IOException | RuntimeException e) {
      throw unreadable(folder, e);
    }
  }

  private List<OrganizationCount> organizationsOf(int top) throws IOException {
    return withSearcher(searcher -> {
      List<OrganizationCount> all = allOrganizations(searcher);
      return all.subList(0, Math.min(top, all.size()));
    });
  }

  /**
   * Every organization of the searcher's reader, in {@link #organizations} order, counted once per
   * reader: counting them visits every document, a third of a second on all Reuters articles.
   */
  private List<OrganizationCount> allOrganizations(IndexSearcher searcher) throws IOException {
    OrganizationList cached = organizationList;
    if (cached != null && cached.reader() == searcher.getIndexReader()) {
      return cached.all();
    }
    Map<String, int[]> counts = new HashMap<>();
    Map<String, Map<String, Integer>> typeVotes = new HashMap<>();
    for (int which = 0; which < 2; which++) {
      FacetsCollector fc = FacetsCollectorManager.search(searcher,
          new TermQuery(new Term(TYPE, which == 0 ? ARTICLE : COMMITMENT)), 1, new FacetsCollectorManager())
          .facetsCollector();
      SortedSetDocValuesReaderState state = facetState(searcher.getIndexReader());
      if (state == null || state.getOrdRange(FACET_ORG_ENTRY) == null) {
        continue;
      }
      FacetResult entries = new SortedSetDocValuesFacetCounts(state, fc).getAllChildren(FACET_ORG_ENTRY);
      if (entries == null) {
        continue;
      }
      for (LabelAndValue lv : entries.labelValues) {
        int sep = lv.label.lastIndexOf(ENTRY_SEPARATOR);
        String name = lv.label.substring(0, sep);
        String type = lv.label.substring(sep + 1);
        counts.computeIfAbsent(name, k -> new int[2])[which] += lv.value.intValue();
        typeVotes.computeIfAbsent(name, k -> new HashMap<>()).merge(type, lv.value.intValue(), Integer::sum);
      }
    }
    List<OrganizationCount> result = new ArrayList<>();
    counts.forEach((name, c) -> result.add(new OrganizationCount(name, mostVoted(typeVotes.get(name)), c[0], c[1])));
    result.sort(Comparator.comparingInt(OrganizationCount::articles).reversed()
        .thenComparing(Comparator.comparingInt(OrganizationCount::commitments).reversed())
        .thenComparing(OrganizationCount::name));
    List<OrganizationCount> all = List.copyOf(result);
    organizationList = new OrganizationList(searcher.getIndexReader(), all);
    return all;
  }

  /** The type with the most votes; of equals, the first in alphabetical order; OTHER for none. */
  private static String mostVoted(Map<String, Integer> votes) {
    return votes.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).map(Map.Entry::getKey).orElse("OTHER");
  }

  /**
   * What the index knows about one organization: its canonical name, type, aliases, articles and
   * commitments per year.
   *
   * @param name its canonical name or one of its aliases, case-insensitive. Must not be {@code null}.
   * @return the profile, or empty when no article names the organization and it made no commitment
   * @throws IllegalArgumentException when {@code name} is blank
   * @throws IOException when reading the index fails
   */
  public Optional<OrganizationProfile> organization(String name) throws IOException {
    if (name.isBlank()) {
      throw new IllegalArgumentException("organization name must not be blank; got \"" + name + "\"");
    }
    return withSearcher(searcher -> {
      String canonical = canonicalName(searcher, name);
      if (canonical == null) {
        return Optional.empty();
      }
      String canonicalKey = key(canonical);
      // The key also matches organizations that have this name as an alias: counts keep to the
      // documents whose organization is the canonical one.
      SortedSetDocValuesReaderState state = facetState(searcher.getIndexReader());
      Map<String, Integer> types = new HashMap<>();
      int[] counts = new int[2];
      for (int which = 0; which < 2 && state != null && state.getOrdRange(FACET_ORG_ENTRY) != null; which++) {
        FacetsCollector fc = FacetsCollectorManager.search(searcher, named(which == 0 ? ARTICLE : COMMITMENT, canonicalKey),
            1, new FacetsCollectorManager()).facetsCollector();
        FacetResult entries = new SortedSetDocValuesFacetCounts(state, fc).getAllChildren(FACET_ORG_ENTRY);
        for (LabelAndValue lv : entries == null ? new LabelAndValue[0] : entries.labelValues) {
          int sep = lv.label.lastIndexOf(ENTRY_SEPARATOR);
          if (lv.label.substring(0, sep).equals(canonical)) {
            types.merge(lv.label.substring(sep + 1), lv.value.intValue(), Integer::sum);
            counts[which] += lv.value.intValue();
          }
        }
      }
      return Optional.of(new OrganizationProfile(canonical, mostVoted(types), aliases(searcher, canonical), counts[0], counts[1],
          commitmentsByYear(searcher, canonical)));
    });
  }

  /** An organization's commitments per year, oldest first: its commitment documents' stored dates. */
  private static Map<String, Integer> commitmentsByYear(IndexSearcher searcher, String canonical) throws IOException {
    Query query = named(COMMITMENT, key(canonical));
    int n = searcher.count(query);
    Map<String, Integer> years = new java.util.TreeMap<>();
    if (n == 0) {
      return years;
    }
    StoredFields stored = searcher.storedFields();
    for (ScoreDoc sd : searcher.search(query, n).scoreDocs) {
      Document d = stored.document(sd.doc, Set.of(ORG, PUBLISHED));
      String published = d.get(PUBLISHED);
      if (canonical.equals(d.get(ORG)) && published != null) {
        years.merge(published.substring(0, published.indexOf('-', 1)), 1, Integer::sum);
      }
    }
    return years;
  }

  /** How many of an organization's articles {@link #organization} reads its aliases from. */
  static final int PROFILE_SAMPLE = 200;

  /**
   * Documents naming an organization by any of its names, whatever the case and accents; an index
   * written before keys were accent-free is matched by the name's lower case.
   */
  private static Query organizationKey(String name) {
    String key = key(name);
    String withAccents = IndexedDocuments.keyWithAccents(name);
    if (key.equals(withAccents)) {
      return new TermQuery(new Term(ORG_KEY, key));
    }
    return new BooleanQuery.Builder()
        .add(new TermQuery(new Term(ORG_KEY, key)), BooleanClause.Occur.SHOULD)
        .add(new TermQuery(new Term(ORG_KEY, withAccents)), BooleanClause.Occur.SHOULD)
        .build();
  }

  /** Documents of one type whose organization (for commitments: the committer) has the key. */
  private static Query named(String type, String orgKey) {
    return new BooleanQuery.Builder()
        .add(new TermQuery(new Term(TYPE, type)), BooleanClause.Occur.FILTER)
        .add(new TermQuery(new Term(ORG_KEY, orgKey)), BooleanClause.Occur.FILTER)
        .build();
  }

  private static int count(FacetsCollector fc) {
    int n = 0;
    for (FacetsCollector.MatchingDocs docs : fc.getMatchingDocs()) {
      n += docs.totalHits;
    }
    return n;
  }

  /**
   * The canonical name a name stands for: the organization it is the name of, else the one most
   * often having it as an alias; null when no document has the name.
   */
  private String canonicalName(IndexSearcher searcher, String name) throws IOException {
    String orgKey = key(name);
    Map<String, Integer> votes = new HashMap<>();
    boolean matched = false;
    for (String type : List.of(ARTICLE, COMMITMENT)) {
      TopDocs top = searcher.search(named(type, orgKey), PROFILE_SAMPLE);
      StoredFields stored = searcher.storedFields();
      matched |= top.scoreDocs.length > 0;
      for (ScoreDoc sd : top.scoreDocs) {
        Document d = stored.document(sd.doc, type.equals(ARTICLE) ? Set.of(ORG, ORG_ALIASES) : Set.of(ORG));
        for (String org : d.getValues(ORG)) {
          if (key(org).equals(orgKey)) {
            return org;
          }
        }
        for (String entry : d.getValues(ORG_ALIASES)) {
          String[] names = entry.split(String.valueOf(ENTRY_SEPARATOR));
          for (int i = 1; i < names.length; i++) {
            if (key(names[i]).equals(orgKey)) {
              votes.merge(names[0], 1, Integer::sum);
            }
          }
        }
      }
    }
    return votes.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).map(Map.Entry::getKey)
        // An index written before aliases were stored: the name as asked for.
        .orElse(matched ? name.strip() : null);
  }

  /** The aliases of an organization in (a sample of) its articles, most frequent first. */
  private static List<String> aliases(IndexSearcher searcher, String canonical) throws IOException {
    Map<String, Integer> counts = new LinkedHashMap<>();
    TopDocs top = searcher.search(named(ARTICLE, key(canonical)), PROFILE_SAMPLE);
    StoredFields stored = searcher.storedFields();
    for (ScoreDoc sd : top.scoreDocs) {
      for (String entry : stored.document(sd.doc, Set.of(ORG_ALIASES)).getValues(ORG_ALIASES)) {
        String[] names = entry.split(String.valueOf(ENTRY_SEPARATOR));
        if (names[0].equals(canonical)) {
          for (int i = 1; i < names.length; i++) {
            if (!names[i].equals(canonical)) {
              counts.merge(names[i], 1, Integer::sum);
            }
          }
        }
      }
    }
    List<String> aliases = new ArrayList<>(counts.keySet());
    aliases.sort(Comparator.comparing((String a) -> -counts.get(a)));
    return aliases;
  }

  /**
   * Commits what was added and closes the index; a read-only index just closes.
   *
   * @throws IOException when the last commit or closing fails
   */
  @Override
  public void close() throws IOException {
    try {
      searchers.close();
      if (writer != null) {
        writer.close();
      }
    } finally {
      directory.close();
    }
  }

  private Query query(SearchRequest r) {
    Query text;
    String[] fields = r.commitments() ? COMMITMENT_FIELDS : ARTICLE_FIELDS;
    if (r.query().strip().equals("*:*") || r.query().strip().equals("*")) {
      text = new MatchAllDocsQuery();
    } else {
      requireShallow(r.query());
      MultiFieldQueryParser parser = new MultiFieldQueryParser(fields, analyzer);
      parser.setDefaultOperator(QueryParser.Operator.AND);
      try {
        text = parser.parse(r.query());
      } catch (ParseException e) {
        throw new IllegalArgumentException("invalid query: " + withoutQuery(firstLine(e.getMessage()), r.query()), e);
      } catch (IndexSearcher.TooManyClauses e) {
        throw tooManyClauses(r.query(), e);
      } catch (RuntimeException e) {
        throw new IllegalArgumentException("invalid query: "
            + withoutQuery(firstLine(String.valueOf(e.getMessage())), r.query()), e);
      } catch (StackOverflowError e) {
        throw new IllegalArgumentException("invalid query: too deeply nested: " + abbreviate(r.query()), e);
      }
    }
    BooleanQuery.Builder q = new BooleanQuery.Builder()
        .add(text, BooleanClause.Occur.MUST)
        .add(new TermQuery(new Term(TYPE, r.commitments() ? COMMITMENT : ARTICLE)), BooleanClause.Occur.FILTER);
    if (r.organization() != null && !r.organization().isBlank()) {
      q.add(organizationKey(r.organization()), BooleanClause.Occur.FILTER);
    }
    if (r.kind() != null) {
      q.add(new TermQuery(new Term(KIND, r.kind().name())), BooleanClause.Occur.FILTER);
    }
    if (r.minAmount() != null || r.maxAmount() != null) {
      double min = r.minAmount() == null ? Double.NEGATIVE_INFINITY : r.minAmount();
      double max = r.maxAmount() == null ? Double.POSITIVE_INFINITY : r.maxAmount();
      q.add(DoublePoint.newRangeQuery(AMOUNT_PREFIX + r.currencyOrDefault(), min, max), BooleanClause.Occur.FILTER);
    }
    if (r.from() != null || r.to() != null) {
      long from = r.from() == null ? Long.MIN_VALUE : r.from().toEpochDay();
      long to = r.to() == null ? Long.MAX_VALUE : r.to().toEpochDay();
      q.add(LongPoint.newRangeQuery(PUBLISHED, from, to), BooleanClause.Occur.FILTER);
    }
    return q.build();
  }

  private static SortField dateSort() {
    SortField byDate = new SortedNumericSortField(PUBLISHED_SORT, SortField.Type.LONG, true);
    byDate.setMissingValue(Long.MIN_VALUE);
    return byDate;
  }

  private List<SearchHit> hits(IndexSearcher searcher, Query query, ScoreDoc[] page, boolean commitments)
      throws IOException {
    // The text field first, then the headline: a hit whose terms are only in the headline still
    // shows them highlighted; a hit without highlighted terms (*:*) shows the start of its text.
    String[] fields = commitments ? new String[] {EVIDENCE, PURPOSE} : new String[] {BODY, TITLE};
    Object[] bodies = new Object[page.length];
    Object[] titles = new Object[page.length];
    if (page.length > 0) {
      int[] docIds = new int[page.length];
      for (int i = 0; i < page.length; i++) {
        docIds[i] = page[i].doc;
      }
      SnippetHighlighter highlighter = new SnippetHighlighter(UnifiedHighlighter.builder(searcher, analyzer)
          .withMaxLength(200_000).withMaxNoHighlightPassages(0));
      Map<String, Object[]> byField = highlighter.snippets(fields, query, docIds, new int[] {2, 1});
      bodies = byField.get(fields[0]);
      titles = byField.get(fields[1]);
    }
    StoredFields stored = searcher.storedFields();
    List<SearchHit> hits = new ArrayList<>(page.length);
    for (int i = 0; i < page.length; i++) {
      ScoreDoc sd = page[i];
      Document d = stored.document(sd.doc);
      String published = d.get(PUBLISHED);
      List<Snippet> snippetList = snippets(bodies[i], titles[i], d.get(fields[0]), commitments ? SnippetFormatter.MAX_CHARS : 200);
      float score = Float.isNaN(sd.score) ? 0f : sd.score;
      if (commitments) {
        List<String> orgs = new ArrayList<>();
        orgs.add(d.get(ORG));
        orgs.addAll(Arrays.asList(d.getValues(PARTNER)));
        Amount amount = d.get(AMOUNT_CURRENCY) == null ? null : new Amount(
            d.getField(AMOUNT_VALUE).numericValue().doubleValue(), d.get(AMOUNT_CURRENCY),
            d.getField(AMOUNT_APPROXIMATE).numericValue().intValue() == 1, d.get(AMOUNT_TEXT));
        hits.add(new SearchHit(d.get(ARTICLE_ID), d.get(ARTICLE_TITLE),
            published == null ? null : LocalDate.parse(published), score, snippetList, orgs, d.get(KIND), amount,
            d.get(PURPOSE)));
      } else {
        hits.add(new SearchHit(d.get(ARTICLE_ID), d.get(TITLE), published == null ? null : LocalDate.parse(published),
            score, snippetList, Arrays.asList(d.getValues(ORG)), null, null, null));
      }
    }
    return hits;
  }

  /** The highlighted passages of the text, else of the headline, else the start of the text. */
  @SuppressWarnings("unchecked")
  private static List<Snippet> snippets(Object text, Object headline, String storedText, int leadingChars) {
    if (text instanceof List<?> found && !found.isEmpty()) {
      return (List<Snippet>) found;
    }
    if (headline instanceof List<?> inHeadline && !inHeadline.isEmpty()) {
      return (List<Snippet>) inHeadline;
    }
    return List.of(leading(storedText, leadingChars));
  }

  /** The first sentence or so of a text, at most about {@code chars} long, for hits without highlighted terms. */
  private static Snippet leading(String text, int chars) {
    if (text == null) {
      return Snippet.plain("");
    }
    String t = text.strip();
    if (t.length() > chars) {
      int cut = t.lastIndexOf(' ', chars);
      t = t.substring(0, cut > chars / 2 ? cut : chars) + " …";
    }
    return Snippet.plain(t.replaceAll("\\s+", " "));
  }

  private Map<String, Map<String, Integer>> facets(IndexSearcher searcher, FacetsCollector fc) throws IOException {
    Map<String, Map<String, Integer>> facets = new LinkedHashMap<>();
    SortedSetDocValuesReaderState state = facetState(searcher.getIndexReader());
    // One count serves every dimension: building the counts visits all matching documents.
    SortedSetDocValuesFacetCounts all = state == null ? null : new SortedSetDocValuesFacetCounts(state, fc);
    for (String dim : List.of(FACET_ORGANIZATION, FACET_ORGANIZATION_TYPE, FACET_KIND, FACET_YEAR)) {
      Map<String, Integer> counts = new LinkedHashMap<>();
      if (state != null && state.getOrdRange(dim) != null) {
        FacetResult result = all.getTopChildren(FACET_TOP, dim);
        if (result != null) {
          for (LabelAndValue lv : result.labelValues) {
            counts.put(lv.label, lv.value.intValue());
          }
        }
      }
      facets.put(dim, counts);
    }
    return facets;
  }

  /** The facet ordinals of a reader, computed once per reader; null when nothing has facets yet. */
  private SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
    FacetState cached = facetState;
    if (cached != null && cached.reader() == reader) {
      return cached.state();
    }
    boolean hasFacets = false;
    for (LeafReaderContext leaf : reader.leaves()) {
      hasFacets |= leaf.reader().getFieldInfos().fieldInfo(FACETS.getDimConfig(FACET_KIND).indexFieldName) != null;
    }
    SortedSetDocValuesReaderState state = hasFacets ? new DefaultSortedSetDocValuesReaderState(reader, FACETS) : null;
    facetState = new FacetState(reader, state);
    return state;
  }

  private interface SearcherTask<T> {
    T run(IndexSearcher searcher) throws IOException;
  }

  private <T> T withSearcher(SearcherTask<T> task) throws IOException {
    refreshIfCommitted();
    IndexSearcher searcher = searchers.acquire();
    try {
      return task.run(searcher);
    } finally {
      searchers.release(searcher);
    }
  }

  /**
   * Makes the searchers see the last commit. A read-only index checks for a new commit by the
   * generation in the segments file names, a directory listing: reopening the reader to find out
   * reads the whole commit point, which took a fifth of the time of a search.
   */
  private void refreshIfCommitted() throws IOException {
    if (writer != null) {
      searchers.maybeRefresh();
      return;
    }
    long generation = SegmentInfos.getLastCommitGeneration(directory.listAll());
    if (generation != seenGeneration) {
      searchers.maybeRefresh();
      seenGeneration = generation;
    }
  }

  /** The deepest nesting of parentheses a query may have: the query parser recurses on each level. */
  static final int MAX_QUERY_NESTING = 100;

  /** Refuses a query nested deeper than {@link #MAX_QUERY_NESTING} before the parser recurses into it. */
  private static void requireShallow(String query) {
    int depth = 0;
    boolean quoted = false;
    for (int i = 0; i < query.length(); i++) {
      char c = query.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == '(' || c == '[' || c == '{')) {
        if (++depth > MAX_QUERY_NESTING) {
          throw new IllegalArgumentException("invalid query: brackets nested deeper than " + MAX_QUERY_NESTING
              + " levels: " + abbreviate(query));
        }
      } else if (!quoted && (c == ')' || c == ']' || c == '}')) {
        depth = Math.max(0, depth - 1);
      }
    }
  }

  /** The first 60 chars of a query, for messages: a 100 KB query is not repeated whole. */
  static String abbreviate(String query) {
    String q = query.strip().replaceAll("\\s+", " ");
    return q.length() <= 60 ? "'" + q + "'" : "'" + q.substring(0, 59) + "…' (" + query.length() + " chars)";
  }

  /** A parser message with the query it quotes abbreviated. */
  private static String withoutQuery(String message, String query) {
    String quoted = "'" + query + "'";
    int at = message.indexOf(quoted);
    String m = at < 0 ? message : message.substring(0, at) + abbreviate(query) + message.substring(at + quoted.length());
    return m.length() <= 300 ? m : m.substring(0, 299) + "…";
  }

  private static String firstLine(String message) {
    String s = message == null ? "" : message.strip();
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl).strip();
  }
}
