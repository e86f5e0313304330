/**
 * The project's commitment corpus outside the runtime: reading its stories and annotations, splitting
 * off the held-out fifth, and training the commitment scorer on the rest.
 */
package dev.newsminer.cli.commitments;
