/**
 * Organizations named in articles: {@link dev.newsminer.entity.OrganizationFinder} finds them with a
 * name model, a {@link dev.newsminer.entity.Gazetteer}, form patterns and document-level consistency,
 * and returns each as an {@link dev.newsminer.Organization} with its canonical name, type,
 * aliases and mention spans. Training and scoring the name model live outside this runtime package,
 * in the command line's {@code dev.newsminer.cli.training}.
 */
package dev.newsminer.entity;
