/**
 * Organizations named in articles: {@link dev.newsminer.entity.Organization} with its canonical
 * name, type, aliases and mention spans.
 */
package dev.newsminer.entity;
