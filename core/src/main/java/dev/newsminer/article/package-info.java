/**
 * Reading articles: the {@link dev.newsminer.article.Article} record and one
 * {@link dev.newsminer.article.ArticleReader} per input format, chosen by file name in
 * {@link dev.newsminer.article.ArticleFiles}.
 */
package dev.newsminer.article;
