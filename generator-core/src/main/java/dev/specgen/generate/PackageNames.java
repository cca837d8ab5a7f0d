package dev.specgen.generate;

import dev.specgen.naming.JavaNames;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

  /**
   * Assigns a package to each spec: with one spec, {@code basePackage} itself; with several,
   * {@code basePackage.<segment>} where the segment comes from the spec's file name ({@code
   * front.yaml} to {@code front}); without a base package, {@code generated.<segment>}.
   */
  public static List<SpecInput> assign(List<Path> specs, Optional<String> basePackage) {
    List<SpecInput> inputs = new ArrayList<>();
    for (Path spec : specs) {
      String packageName = basePackage.isPresent() && specs.size() == 1
          ? basePackage.get()
          : basePackage.orElse("generated") + "." + segmentFor(spec);
      inputs.add(new SpecInput(spec, packageName));
    }
    return inputs;
  }

  /** The folder path of a package: {@code com.acme} to {@code com/acme}. */
  public static String toPath(String packageName) {
    return packageName.replace('.', '/');
  }
}
