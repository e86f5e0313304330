/**
 * The embedded Lucene index of articles, organizations and commitments: {@link
 * dev.newsminer.index.ArticleIndex} writes and searches a folder on disk, with no server.
 */
package dev.newsminer.index;
