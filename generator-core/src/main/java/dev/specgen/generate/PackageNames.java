package dev.specgen.generate;

import dev.specgen.naming.JavaNames;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

/** Validating and deriving Java package names. */
public final class PackageNames {

  private static final Pattern SEGMENT = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");

  private PackageNames() {}

  /** Whether {@code name} is a package name Java accepts (and so cannot escape a folder). */
  public static boolean isValid(String name) {
    if (name == null || name.isEmpty()) {
      return false;
    }
    for (String segment : name.split("\\.", -1)) {
      if (!SEGMENT.matcher(segment).matches() || JavaNames.KEYWORDS.contains(segment)) {
        return false;
      }
    }
    return true;
  }

  /** A package segment from a spec's file name: {@code front.yaml} to {@code front}. */
  public static String segmentFor(Path spec) {
    String fileName = spec.getFileName() == null ? "api" : spec.getFileName().toString();
    String base = fileName.replaceAll("\\.[^.]*$", "");
    String segment = String.join("", JavaNames.words(base)).toLowerCase(Locale.ROOT);
    if (segment.isEmpty() || !Character.isJavaIdentifierStart(segment.charAt(0))) {
      segment = "api" + segment;
    }
    return JavaNames.KEYWORDS.contains(segment) ? segment + "_" : segment;
  }

  /** The folder path of a package: {@code com.acme} to {@code com/acme}. */
  public static String toPath(String packageName) {
    return packageName.replace('.', '/');
  }
}
