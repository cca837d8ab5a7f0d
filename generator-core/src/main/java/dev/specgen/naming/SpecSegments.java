package dev.specgen.naming;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The one word a spec's file name gives: {@code front.yaml} gives {@code front}. It names the
 * spec's package segment when several specs share a base package, and the spec's docs folder.
 */
public final class SpecSegments {

  private SpecSegments() {}

  /** A lowercase Java identifier, never a keyword: {@code front.yaml} to {@code front}. */
  public static String of(Path spec) {
    String fileName = spec.getFileName() == null ? "api" : spec.getFileName().toString();
    String base = fileName.replaceAll("\\.[^.]*$", "");
    String segment = String.join("", JavaNames.words(base)).toLowerCase(Locale.ROOT);
    if (segment.isEmpty() || !Character.isJavaIdentifierStart(segment.charAt(0))) {
      segment = "api" + segment;
    }
    return JavaNames.KEYWORDS.contains(segment) ? segment + "_" : segment;
  }
}
