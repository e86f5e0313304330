package dev.newsminer.cli.commitments;

/**
 * Which stories of the commitment corpus a run reads. A story whose number is divisible by 5
 * ({@code web-005}, {@code wire-120}) belongs to the held-out fifth: it is never trained on nor read to
 * write rules, only scored.
 */
public enum CorpusSplit {
  /** The four fifths that may be trained on. */
  TRAIN,
  /** The held-out fifth. */
  HELDOUT,
  /** Every story. */
  ALL;

  /** Whether the story numbered {@code number} is in this split. */
  public boolean includes(int number) {
    return switch (this) {
      case TRAIN -> number % 5 != 0;
      case HELDOUT -> number % 5 == 0;
      case ALL -> true;
    };
  }
}
