/**
 * The {@code newsminer} command line: one picocli subcommand per job, each a thin layer over the
 * library's public API ({@link dev.newsminer.NewsMiner}, {@link dev.newsminer.index.ArticleIndex}).
 */
package dev.newsminer.cli;
