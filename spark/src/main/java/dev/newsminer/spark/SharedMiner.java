package dev.newsminer.spark;

import dev.newsminer.NewsMiner;

/**
 * The one {@link NewsMiner} of this JVM, built on first use from the models on the classpath.
 * Every task an executor runs shares it: building loads the models (seconds), while a built miner
 * is thread-safe.
 */
final class SharedMiner {

  private SharedMiner() {}

  /** The miner; the first call builds it and later calls return the same one. */
  static NewsMiner get() {
    return Holder.MINER;
  }

  // The class holder idiom: the JVM builds MINER once, when the first get() touches Holder.
  private static final class Holder {
    static final NewsMiner MINER = NewsMiner.english();
  }
}
