package dev.specgen.emit;

/**
 * One file an emitter produced, not yet on disk.
 *
 * @param target which output folder it belongs in
 * @param relativePath a relative path with {@code /} separators, e.g. {@code com/acme/Conversation.java}
 * @param content the file's text (written as UTF-8)
 */
public record GeneratedFile(Target target, String relativePath, String content) {

  /** The output folders Specgen writes. */
  public enum Target {
    /** Client and model sources, compiled with the user's main code. */
    SOURCES,
    /** Markdown docs. */
    DOCS,
    /** Compilable snippet classes, compiled with the user's test code. */
    SNIPPETS
  }
}
