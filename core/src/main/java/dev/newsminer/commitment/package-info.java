/**
 * Commitments: which organization committed to what, how much, for what and by when, with the
 * sentence that says so.
 */
package dev.newsminer.commitment;
