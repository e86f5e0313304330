/**
 * Helpers that newsminer's packages share; not part of the API, and free to change in any release.
 */
package dev.newsminer.internal;
