package dev.newsminer.bench;

import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.ThreadParams;

/**
 * Where one benchmark thread is in the input: each call to {@link #next(int)} moves to the next
 * item and wraps around. Threads start at different places so they do not work in lockstep.
 */
@State(Scope.Thread)
public class Cursor {

  private int position;

  /** Spreads the threads over the input. */
  @Setup
  public void start(ThreadParams thread) {
    position = thread.getThreadIndex() * 7919;
  }

  /** The next index in {@code [0, size)}. */
  int next(int size) {
    int i = Math.floorMod(position, size);
    position = i + 1;
    return i;
  }
}
