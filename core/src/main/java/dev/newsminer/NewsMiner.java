package dev.newsminer;

import dev.newsminer.article.Article;
import dev.newsminer.article.ReadLimits;
import dev.newsminer.commitment.CommitmentExtractor;
import dev.newsminer.commitment.CommitmentScorer;
import dev.newsminer.entity.Gazetteer;
import dev.newsminer.entity.NameTagger;
import dev.newsminer.entity.OrganizationFinder;
import dev.newsminer.internal.QuietLogging;
import dev.newsminer.text.TextAnalyzer;
import dev.newsminer.text.TextBudget;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The entry point of newsminer: reads an article and tells which organizations it names and what
 * each of them committed to.
 *
 * <p>Build one per process and share it: building loads the models, and after that a
 * {@code NewsMiner} is immutable and thread-safe, so any number of threads may call
 * {@link #extract(Article)} at once.
 *
 * <pre>{@code
 * NewsMiner miner = NewsMiner.english();
 * Extraction x = miner.extract(Article.of("ibm.txt", "IBM to fund AI research",
 *     "IBM has committed $100 million to AI research at universities."));
 * x.organizations().forEach(o -> System.out.println(o.name() + " " + o.type()));
 * }</pre>
 */
public final class NewsMiner {

  static {
    QuietLogging.whenNoProvider();
  }

  /** The default limit on an article's text: 5 million chars, the same as the readers'. */
  public static final int DEFAULT_MAX_TEXT_CHARS = ReadLimits.DEFAULT_MAX_TEXT_CHARS;

  /**
   * The default limit on the sentences of one article: 100,000, three times those of a 5-million-char
   * story in prose. A text of millions of short lines (each one a sentence) is analyzed up to it.
   */
  public static final int DEFAULT_MAX_SENTENCES = 100_000;

  /** The default limit on the tokens of one article: 1,500,000, more than 5 million chars of prose have. */
  public static final long DEFAULT_MAX_TOKENS = 1_500_000;

  /**
   * The default time one article may take: 30 seconds, some thousand times what a news story takes.
   * Past it the article gets an error and what was found so far, and the run goes on.
   */
  public static final Duration DEFAULT_TIME_BUDGET = Duration.ofSeconds(30);

  /** The longest token, in chars: longer runs of chars without spaces are cut into tokens this long. */
  public static final int MAX_TOKEN_CHARS = TextAnalyzer.MAX_TOKEN_CHARS;

  private final TextAnalyzer textAnalyzer;
  private final OrganizationFinder organizationFinder;
  private final CommitmentExtractor commitmentExtractor;
  private final int maxTextChars;
  private final int maxSentences;
  private final long maxTokens;
  private final Duration timeBudget;

  private NewsMiner(Builder builder) {
    // The stages load their models side by side: the name model, the gazetteer and the commitment
    // scorer each on a thread of their own, the text models on this one. The name model is only
    // loaded when the organization stage will use it.
    boolean bundledTagger = builder.nameTagger == null && builder.layers.model();
    FutureTask<NameTagger> tagger = load("newsminer-load-names",
        () -> builder.nameTagger != null ? builder.nameTagger
            : bundledTagger ? NameTagger.bundled().orElse(null) : null);
    FutureTask<Gazetteer> gazetteer = load("newsminer-load-gazetteer",
        () -> builder.gazetteer != null ? builder.gazetteer : Gazetteer.bundled());
    FutureTask<CommitmentScorer> scorer = load("newsminer-load-commitments",
        () -> builder.commitmentScorer != null ? builder.commitmentScorer : CommitmentScorer.bundled());
    this.textAnalyzer = new TextAnalyzer();
    this.organizationFinder = OrganizationFinder.of(result(tagger), result(gazetteer), builder.layers);
    this.commitmentExtractor = new CommitmentExtractor(result(scorer));
    this.maxTextChars = builder.maxTextChars;
    this.maxSentences = builder.maxSentences;
    this.maxTokens = builder.maxTokens;
    this.timeBudget = builder.timeBudget;
  }

  /** Starts loading on a thread of its own; a daemon, so that a failed build never keeps the JVM up. */
  private static <T> FutureTask<T> load(String name, Callable<T> loader) {
    FutureTask<T> task = new FutureTask<>(loader);
    Thread thread = new Thread(task, name);
    thread.setDaemon(true);
    thread.start();
    return task;
  }

  /** What a loader returned; its exception as it was thrown (an {@code UncheckedIOException}, say). */
  private static <T> T result(FutureTask<T> task) {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return task.get();
        } catch (InterruptedException e) {
          interrupted = true; // the models are needed all the same: finish, then restore the flag
        }
      }
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException("cannot load a model: " + cause, cause);
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /**
   * A builder with the default settings; nothing is loaded until {@link Builder#build()}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A {@code NewsMiner} for English news with the default settings: the bundled models and
   * gazetteer, every organization layer.
   *
   * @return a ready {@code NewsMiner}
   * @throws java.io.UncheckedIOException when a bundled model or the gazetteer cannot be read
   */
  public static NewsMiner english() {
    return builder().build();
  }

  /**
   * Extracts organizations and commitments from one article.
   *
   * <p>Problems with the article's content do not throw: they are listed in
   * {@link Extraction#errors()} and the extraction holds what could be found. Time and memory are
   * bounded: an article over the limits of sentences or tokens, or one whose time budget is spent,
   * is analyzed up to that point; runs of chars without spaces longer than
   * 256 ({@link #MAX_TOKEN_CHARS}) are cut into tokens of that length, each noted in the errors.
   *
   * @param article the article. Must not be {@code null}.
   * @return what was found; never {@code null}
   * @throws NullPointerException when {@code article} is null
   */
  public Extraction extract(Article article) {
    Objects.requireNonNull(article, "article");
    List<String> errors = new ArrayList<>(article.warnings());
    String text = article.text();
    if (text.length() > maxTextChars) {
      errors.add("text too long: " + text.length() + " chars; the limit is " + maxTextChars);
      return new Extraction(article, List.of(), List.of(), List.of(), errors);
    }
    TextBudget budget = TextBudget.of(maxSentences, maxTokens, timeBudget);
    List<Sentence> sentences = textAnalyzer.analyze(text, budget, errors::add);
    String title = article.title().length() <= maxTextChars ? article.title() : "";
    List<Sentence> titleSentences = title.isBlank() ? List.of() : textAnalyzer.analyze(title, budget, errors::add);
    // the title is read with the text, so that its organizations are found and joined with the text's
    List<Organization> organizations = organizationFinder.find(title, titleSentences, text, sentences);
    if (budget.timeIsUp()) {
      errors.add("time budget of " + timeBudget.toMillis() / 1000.0 + " s spent after finding organizations;"
          + " commitments were not extracted");
      return new Extraction(article, sentences, organizations, List.of(), errors);
    }
    // one name per organization in the whole output: commitments take the organizations' names, and a
    // committer that is none of them (a country acting as its government) joins them
    OrganizationNames names = new OrganizationNames(organizations);
    List<Commitment> commitments = names.apply(commitmentExtractor.extract(article, sentences, inText(organizations)));
    organizations = names.complete(organizations, commitments, text);
    return new Extraction(article, sentences, organizations, commitments, errors);
  }

  /**
   * The organizations with their spans in the text only, and without those named only in the title:
   * commitments are read from the text, and their evidence offsets refer to it.
   */
  private static List<Organization> inText(List<Organization> organizations) {
    List<Organization> out = new ArrayList<>(organizations.size());
    for (Organization o : organizations) {
      List<Span> spans = new ArrayList<>(o.spans().size());
      for (Span s : o.spans()) {
        if (s.inText()) {
          spans.add(s);
        }
      }
      if (spans.size() == o.spans().size()) {
        out.add(o);
      } else if (!spans.isEmpty()) {
        out.add(new Organization(o.name(), o.type(), o.aliases(), spans));
      }
    }
    return out;
  }

  /**
   * Settings for a {@link NewsMiner}. Setters return the builder; a builder is not thread-safe,
   * the {@code NewsMiner} it builds is.
   */
  public static final class Builder {
    private int maxTextChars = DEFAULT_MAX_TEXT_CHARS;
    private int maxSentences = DEFAULT_MAX_SENTENCES;
    private long maxTokens = DEFAULT_MAX_TOKENS;
    private Duration timeBudget = DEFAULT_TIME_BUDGET;
    private NameTagger nameTagger;
    private Gazetteer gazetteer;
    private OrganizationFinder.Layers layers = OrganizationFinder.Layers.all();
    private CommitmentScorer commitmentScorer;

    private Builder() {}

    /**
     * The name finder model to find organizations with, instead of the bundled one.
     *
     * @param modelFile an OpenNLP name finder model, such as one {@code newsminer train-ner} wrote.
     *     Must not be {@code null}.
     * @return this builder
     * @throws NullPointerException when {@code modelFile} is null
     * @throws IOException when the file cannot be read or is not a name finder model
     */
    public Builder nameModel(Path modelFile) throws IOException {
      this.nameTagger = NameTagger.load(Objects.requireNonNull(modelFile, "modelFile"));
      return this;
    }

    /**
     * Gazetteer files to use besides the bundled organizations; their names take precedence. The
     * format (UTF-8, one organization a line: canonical name, type, {@code |}-separated aliases,
     * separated by TABs) is described in the project's {@code docs/gazetteer.md}.
     *
     * @param files the files. Must not be {@code null}.
     * @return this builder
     * @throws NullPointerException when {@code files} is null
     * @throws IOException when a file cannot be read or has a malformed line (named in the message)
     */
    public Builder gazetteerFiles(List<Path> files) throws IOException {
      this.gazetteer = Gazetteer.load(files);
      return this;
    }

    /**
     * Which layers of the organization finder to use; default all of them. Package-private: the
     * layers are the finder's internals, switched off only to test the facade's wiring.
     *
     * @param layers the layers. Must not be {@code null}.
     * @return this builder
     * @throws NullPointerException when {@code layers} is null
     */
    Builder organizationLayers(OrganizationFinder.Layers layers) {
      this.layers = Objects.requireNonNull(layers, "layers");
      return this;
    }

    /**
     * The model that grades candidate commitments, instead of the bundled one: one that
     * {@code newsminer train-commitments} wrote.
     *
     * @param modelFile the scorer model. Must not be {@code null}.
     * @return this builder
     * @throws NullPointerException when {@code modelFile} is null
     * @throws IOException when the file cannot be read or is not a commitment scorer model
     */
    public Builder commitmentModel(Path modelFile) throws IOException {
      this.commitmentScorer = CommitmentScorer.load(Objects.requireNonNull(modelFile, "modelFile"));
      return this;
    }

    /**
     * Keep every candidate commitment the rules read, ungraded, each with the confidence the rules
     * give it; for measuring the rules alone and for training a scorer model.
     *
     * @return this builder
     */
    public Builder ungradedCommitments() {
      this.commitmentScorer = CommitmentScorer.rulesOnly();
      return this;
    }

    /**
     * The longest article text to process, in chars; longer articles get an error and no results.
     * Default {@link #DEFAULT_MAX_TEXT_CHARS}.
     *
     * @param chars the most chars; positive
     * @return this builder
     * @throws IllegalArgumentException when {@code chars} is not positive
     */
    public Builder maxTextChars(int chars) {
      if (chars <= 0) {
        throw new IllegalArgumentException("maxTextChars must be > 0; got " + chars);
      }
      this.maxTextChars = chars;
      return this;
    }

    /**
     * The most sentences of one article to analyze; an article with more gets an error and the
     * results of its first {@code sentences}. Default {@link #DEFAULT_MAX_SENTENCES}.
     *
     * @param sentences the most sentences; positive
     * @return this builder
     * @throws IllegalArgumentException when {@code sentences} is not positive
     */
    public Builder maxSentences(int sentences) {
      if (sentences <= 0) {
        throw new IllegalArgumentException("maxSentences must be > 0; got " + sentences);
      }
      this.maxSentences = sentences;
      return this;
    }

    /**
     * The most tokens of one article to analyze; an article with more gets an error and the
     * results of the sentences before the limit. Default {@link #DEFAULT_MAX_TOKENS}.
     *
     * @param tokens the most tokens; positive
     * @return this builder
     * @throws IllegalArgumentException when {@code tokens} is not positive
     */
    public Builder maxTokens(long tokens) {
      if (tokens <= 0) {
        throw new IllegalArgumentException("maxTokens must be > 0; got " + tokens);
      }
      this.maxTokens = tokens;
      return this;
    }

    /**
     * How long the extraction of one article may take; past it the article gets an error and what
     * was found so far. Default {@link #DEFAULT_TIME_BUDGET}.
     *
     * @param budget the time for one article; positive. Must not be {@code null}.
     * @return this builder
     * @throws IllegalArgumentException when {@code budget} is zero or negative
     * @throws NullPointerException when {@code budget} is null
     */
    public Builder timeBudget(Duration budget) {
      if (budget.isNegative() || budget.isZero()) {
        throw new IllegalArgumentException("timeBudget must be positive; got " + budget);
      }
      this.timeBudget = budget;
      return this;
    }

    /**
     * Builds the {@code NewsMiner}, loading the models it needs: the name model, the gazetteer and
     * the commitment scorer each on a thread of its own while the text models load on the calling
     * thread; the bundled name model is not loaded when the model layer is off.
     *
     * @return a thread-safe {@code NewsMiner}
     * @throws java.io.UncheckedIOException when a bundled model or the gazetteer cannot be read
     */
    public NewsMiner build() {
      return new NewsMiner(this);
    }
  }
}
