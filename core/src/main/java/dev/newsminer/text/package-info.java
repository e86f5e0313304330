/**
 * Sentences, tokens and part-of-speech tags of article text, from OpenNLP's English models.
 */
package dev.newsminer.text;
