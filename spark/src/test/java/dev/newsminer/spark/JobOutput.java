package dev.newsminer.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reads a job's output folder as a user would: the parts of a folder in name order. */
final class JobOutput {

  private JobOutput() {}

  /** The JSON Lines of {@code output/json}, its parts joined in name order. */
  static String json(Path output) {
    return joinedParts(output.resolve("json"));
  }

  /** The lines of {@code output/failures}. */
  static List<String> failures(Path output) {
    String all = joinedParts(output.resolve("failures"));
    return all.isEmpty() ? List.of() : List.of(all.split("\n"));
  }

  static String joinedParts(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      List<Path> parts = new ArrayList<>(files.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList());
      StringBuilder all = new StringBuilder();
      for (Path part : parts) {
        all.append(Files.readString(part, StandardCharsets.UTF_8));
      }
      return all.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
