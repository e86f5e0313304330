/**
 * newsminer: organizations and their commitments in news articles. Start with
 * {@link dev.newsminer.NewsMiner}.
 */
package dev.newsminer;
