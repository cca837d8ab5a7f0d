package dev.specgen.runtime.testing;

import dev.specgen.runtime.retry.Sleeper;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A sleeper that records each requested delay and returns at once. */
public final class RecordingSleeper implements Sleeper {

  private final List<Duration> delays = new CopyOnWriteArrayList<>();

  @Override
  public void sleep(Duration duration) {
    delays.add(duration);
  }

  /** The delays requested so far. */
  public List<Duration> delays() {
    return List.copyOf(delays);
  }
}
