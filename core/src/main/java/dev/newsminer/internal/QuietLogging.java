package dev.newsminer.internal;

import java.util.ServiceLoader;

/**
 * Keeps SLF4J from warning on stderr that it found no logging provider. OpenNLP logs through
 * SLF4J, and an application that embeds newsminer without any logging set up would otherwise see
 * three "No SLF4J providers were found" lines on every run. When a provider is on the class path,
 * or the application chose how SLF4J reports, nothing is changed.
 */
public final class QuietLogging {

  /** SLF4J's own switch for the messages it prints about itself (since SLF4J 2.0.10). */
  static final String VERBOSITY = "slf4j.internal.verbosity";

  private QuietLogging() {}

  /** Silences SLF4J's report about a missing provider, when there is none and nobody chose otherwise. */
  public static void whenNoProvider() {
    if (System.getProperty(VERBOSITY) != null || System.getProperty("slf4j.provider") != null) {
      return;
    }
    ClassLoader loader = QuietLogging.class.getClassLoader();
    boolean hasProvider;
    try {
      Class<?> spi = Class.forName("org.slf4j.spi.SLF4JServiceProvider", false, loader);
      hasProvider = ServiceLoader.load(spi, loader).findFirst().isPresent();
    } catch (ClassNotFoundException | java.util.ServiceConfigurationError e) {
      hasProvider = true; // no SLF4J 2 here, or a broken provider: leave SLF4J to say so
    }
    if (!hasProvider) {
      System.setProperty(VERBOSITY, "ERROR");
    }
  }
}
