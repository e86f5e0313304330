package dev.newsminer.cli.serve;

/** A request the API cannot answer as asked: 400 with its one-line message. */
final class BadRequest extends RuntimeException {
  BadRequest(String message) {
    super(message);
  }
}
