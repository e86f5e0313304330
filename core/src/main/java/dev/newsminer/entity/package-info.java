/**
 * Organizations named in articles: {@link dev.newsminer.entity.OrganizationFinder} finds them with a
 * name model, a {@link dev.newsminer.entity.Gazetteer}, form patterns and document-level consistency,
 * and returns each as an {@link dev.newsminer.entity.Organization} with its canonical name, type,
 * aliases and mention spans; {@link dev.newsminer.entity.NerEvaluator} scores it on CoNLL data.
 */
package dev.newsminer.entity;
