package dev.newsminer.index;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/** Lucene's unified highlighter answering with the objects its formatter makes (our {@link Snippet}s). */
final class SnippetHighlighter extends UnifiedHighlighter {

  SnippetHighlighter(Builder builder) {
    super(builder.withFormatter(new SnippetFormatter()));
  }

  /**
   * Per field, per document in the order given: the formatter's {@code List<Snippet>}, or null
   * where the field has no match.
   */
  Map<String, Object[]> snippets(String[] fields, Query query, int[] docIds, int[] maxPassages) throws IOException {
    return highlightFieldsAsObjects(fields, query, docIds, maxPassages);
  }
}
