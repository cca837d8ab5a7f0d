package dev.specgen.emit;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * One file an emitter produced, not yet on disk.
 *
 * <p>A file's text is either given as it is or rendered on demand: Java sources keep their
 * JavaPoet type and are rendered only when written, so that a run renders its files in parallel
 * and holds each file's text only while writing it, never the whole output at once. Rendering is
 * pure, so {@link #content()} gives the same text each time it is asked for.
 */
public final class GeneratedFile {

  /** The output folders Specgen writes. */
  public enum Target {
    /** Client and model sources, compiled with the user's main code. */
    SOURCES,
    /** Markdown docs. */
    DOCS,
    /** Compilable snippet classes, compiled with the user's test code. */
    SNIPPETS
  }

  private final Target target;
  private final String relativePath;
  private final Supplier<String> renderer;

  /**
   * A file whose text is known.
   *
   * @param target which output folder it belongs in
   * @param relativePath a relative path with {@code /} separators, e.g. {@code com/acme/Conversation.java}
   * @param content the file's text (written as UTF-8)
   */
  public GeneratedFile(Target target, String relativePath, String content) {
    this(target, relativePath, constant(Objects.requireNonNull(content, "content")));
  }

  private GeneratedFile(Target target, String relativePath, Supplier<String> renderer) {
    this.target = Objects.requireNonNull(target, "target");
    this.relativePath = Objects.requireNonNull(relativePath, "relativePath");
    this.renderer = renderer;
  }

  /**
   * A file whose text is rendered when it is asked for, on whichever thread asks.
   *
   * @param target which output folder it belongs in
   * @param relativePath a relative path with {@code /} separators
   * @param renderer gives the file's text; pure and safe to call from any thread
   * @return the file
   */
  public static GeneratedFile rendered(Target target, String relativePath, Supplier<String> renderer) {
    return new GeneratedFile(target, relativePath, Objects.requireNonNull(renderer, "renderer"));
  }

  private static Supplier<String> constant(String content) {
    return () -> content;
  }

  /** @return which output folder the file belongs in */
  public Target target() {
    return target;
  }

  /** @return the file's relative path with {@code /} separators */
  public String relativePath() {
    return relativePath;
  }

  /**
   * The file's text, rendered now if it is rendered on demand (the text is not kept: a writer
   * asks once).
   *
   * @return the text, written as UTF-8
   */
  public String content() {
    return renderer.get();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof GeneratedFile file && target == file.target
        && relativePath.equals(file.relativePath) && content().equals(file.content());
  }

  @Override
  public int hashCode() {
    return Objects.hash(target, relativePath);
  }

  @Override
  public String toString() {
    return "GeneratedFile[" + target + " " + relativePath + "]";
  }
}
