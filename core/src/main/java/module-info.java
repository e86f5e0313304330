/**
 * newsminer: finds the organizations news articles name and what each one committed to, and makes
 * them searchable in an embedded Lucene index.
 *
 * <p>The public API is three packages: {@code dev.newsminer} (the {@link dev.newsminer.NewsMiner}
 * facade and the values it returns), {@code dev.newsminer.article} (articles and the readers of
 * files, folders, JSON, HTML and WARC) and {@code dev.newsminer.index} (the search index). The stage
 * packages ({@code text}, {@code entity}, {@code commitment}) and {@code internal} are not exported:
 * their public classes serve the project's own command line, training code and benchmarks, and may
 * change in any release.
 */
module dev.newsminer.core {
  exports dev.newsminer;
  exports dev.newsminer.article;
  exports dev.newsminer.index;

  // Jackson reads the result records reflectively to write the JSON contract.
  opens dev.newsminer to com.fasterxml.jackson.databind;
  // A name model's feature descriptor names the project's feature generators, which OpenNLP
  // instantiates reflectively when it loads the model.
  opens dev.newsminer.entity to org.apache.opennlp.tools;

  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires org.apache.opennlp.tools;
  requires org.apache.lucene.core;
  requires org.apache.lucene.analysis.common;
  requires org.apache.lucene.facet;
  requires org.apache.lucene.highlighter;
  requires org.apache.lucene.queryparser;
  requires org.jsoup;
  requires jwarc;
  // Only to find out whether the application has a logging provider (QuietLogging).
  requires org.slf4j;

  uses org.slf4j.spi.SLF4JServiceProvider;
}
