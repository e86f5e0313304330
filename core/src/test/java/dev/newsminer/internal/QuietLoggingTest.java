package dev.newsminer.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuietLoggingTest {

  @Test
  void withNoProviderOnTheClassPathSlf4jIsToldToKeepItsWarningsToItself() {
    // core's tests, like an application that embeds newsminer with no logging set up, have the
    // SLF4J API and no provider
    String before = System.getProperty(QuietLogging.VERBOSITY);
    try {
      System.clearProperty(QuietLogging.VERBOSITY);
      QuietLogging.whenNoProvider();
      assertThat(System.getProperty(QuietLogging.VERBOSITY)).isEqualTo("ERROR");
    } finally {
      restore(before);
    }
  }

  @Test
  void aChoiceTheApplicationMadeIsKept() {
    String before = System.getProperty(QuietLogging.VERBOSITY);
    try {
      System.setProperty(QuietLogging.VERBOSITY, "DEBUG");
      QuietLogging.whenNoProvider();
      assertThat(System.getProperty(QuietLogging.VERBOSITY)).isEqualTo("DEBUG");
    } finally {
      restore(before);
    }
  }

  private static void restore(String value) {
    if (value == null) {
      System.clearProperty(QuietLogging.VERBOSITY);
    } else {
      System.setProperty(QuietLogging.VERBOSITY, value);
    }
  }
}
