package dev.specgen.runtime.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Captures what the runtime logs through {@code System.Logger}, which the JDK routes to {@code
 * java.util.logging} when no other logging is installed: every level of one logger and its
 * children, kept instead of printed, until closed.
 */
public final class LogCapture implements AutoCloseable {

  private final Logger logger;
  private final Level previousLevel;
  private final boolean previousUseParentHandlers;
  private final List<LogRecord> records = new CopyOnWriteArrayList<>();
  private final Handler handler = new Handler() {
    @Override
    public void publish(LogRecord record) {
      records.add(record);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };

  private LogCapture(String loggerName) {
    logger = Logger.getLogger(loggerName);
    previousLevel = logger.getLevel();
    previousUseParentHandlers = logger.getUseParentHandlers();
    logger.setLevel(Level.ALL);
    logger.setUseParentHandlers(false);
    logger.addHandler(handler);
  }

  /**
   * Starts capturing.
   *
   * @param loggerName the logger, e.g. {@code dev.specgen.runtime}
   * @return the capture, to be closed when the test ends
   */
  public static LogCapture of(String loggerName) {
    return new LogCapture(loggerName);
  }

  /** The records logged so far. */
  public List<LogRecord> records() {
    return records;
  }

  /** The records logged so far, each formatted as the console would print it, thrown stack traces included. */
  public List<String> lines() {
    SimpleFormatter formatter = new SimpleFormatter();
    return records.stream().map(formatter::format).toList();
  }

  @Override
  public void close() {
    logger.removeHandler(handler);
    logger.setLevel(previousLevel);
    logger.setUseParentHandlers(previousUseParentHandlers);
  }
}
