package dev.newsminer.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsminer.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import opennlp.tools.sentdetect.SentenceDetectorME;
import org.junit.jupiter.api.Test;

class RememberingContextGeneratorTest {

  private final SentenceDetectorME plain = new SentenceDetectorME(TextModels.sentences());
  private final SentenceDetectorME remembering = RememberingSentenceFactory.detector(TextModels.sentences());
  private final TextWindow window = new TextWindow();

  @Test
  void findsTheSentencesOfTheModelInTrickyText() {
    for (String text : List.of("The U.S. Treasury said on Monday it sold 5.5 bln dlrs of bills. Rates rose to 6.2 pct.",
        "Mr. Smith of Acme Inc. said: \"We will buy it.\" Shares fell. Analysts at J.P. Morgan agreed.",
        "It rose 3.5 pct in Jan. and Feb. The company said... Yes! No? Maybe.", "One.", ". . .", "a. b. c. d. e. f.")) {
      assertSameSentences(text);
      assertSameSentences(text); // the second time from memory
      assertSameSentences("Padding before it. " + text + " And after it.");
    }
  }

  @Test
  void findsTheSentencesOfTheModelInRandomText() {
    Random random = new Random(11);
    String alphabet = "abcXY.. .!?\"'1 \n";
    for (int round = 0; round < 2000; round++) {
      StringBuilder sb = new StringBuilder();
      int length = random.nextInt(80);
      for (int i = 0; i < length; i++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      assertSameSentences(sb.toString());
    }
  }

  @Test
  void findsTheSentencesOfTheModelInTheExamples() throws IOException {
    try (Stream<Path> files = Files.list(SharedData.examples())) {
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
        String text = Files.readString(file);
        assertSameSentences(text);
        assertSameSentences(text);
      }
    }
  }

  /** The block is read through a window on a longer string, as the text stage reads it. */
  private void assertSameSentences(String text) {
    String around = "<<" + text + ">>";
    assertThat(Arrays.asList(remembering.sentPosDetect(window.set(around, 2, 2 + text.length()))))
        .as(text).isEqualTo(Arrays.asList(plain.sentPosDetect(text)));
  }
}
