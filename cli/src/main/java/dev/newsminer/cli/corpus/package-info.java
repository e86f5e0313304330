/**
 * {@code newsminer corpus}: builds, checks and measures the project's own NER corpus in
 * {@code training/ner-corpus} (stories with inline marks, their BIO files, the second annotation pass).
 */
package dev.newsminer.cli.corpus;
