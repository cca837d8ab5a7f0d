package dev.specgen.generate;

import dev.specgen.naming.JavaNames;
import dev.specgen.naming.SpecSegments;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The package rule of a run, for the command line and the Maven plugin alike: which package each
 * spec's code goes into, and which packages are acceptable.
 */
public final class PackageNames {

  /** The base package when none is configured. */
  public static final String DEFAULT_BASE = "generated";

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

  /**
   * Assigns a package to each spec: with one spec, {@code basePackage} itself; with several,
   * {@code basePackage.<segment>} where the segment comes from the spec's file name ({@code
   * front.yaml} to {@code front}); without a base package, {@code generated.<segment>}.
   *
   * @throws InvalidOptionsException if the base package is invalid or two specs would share a
   *     package
   */
  public static List<SpecInput> assign(List<Path> specs, Optional<String> basePackage) {
    if (basePackage.isPresent() && !isValid(basePackage.get())) {
      throw invalid(basePackage.get());
    }
    List<SpecInput> inputs = new ArrayList<>();
    for (Path spec : specs) {
      String packageName = basePackage.isPresent() && specs.size() == 1
          ? basePackage.get()
          : basePackage.orElse(DEFAULT_BASE) + "." + SpecSegments.of(spec);
      inputs.add(new SpecInput(spec, packageName));
    }
    check(inputs);
    return inputs;
  }

  /**
   * Checks that each spec has a valid package of its own that neither holds nor lies inside another
   * spec's package (their folders would then overlap).
   *
   * @throws InvalidOptionsException naming the package and the specs at fault
   */
  public static void check(List<SpecInput> inputs) {
    Map<String, Path> byPackage = new HashMap<>();
    for (SpecInput input : inputs) {
      if (!isValid(input.packageName())) {
        throw invalid(input.packageName());
      }
      Path other = byPackage.putIfAbsent(input.packageName(), input.spec());
      if (other != null) {
        throw new InvalidOptionsException("specs " + other.getFileName() + " and "
            + input.spec().getFileName() + " would both generate package " + input.packageName()
            + "; give each spec its own package (rename one, or generate them separately)");
      }
    }
    for (String outer : byPackage.keySet()) {
      for (String inner : byPackage.keySet()) {
        if (inner.startsWith(outer + ".")) {
          throw new InvalidOptionsException("package " + inner + " (" + byPackage.get(inner).getFileName()
              + ") lies inside package " + outer + " (" + byPackage.get(outer).getFileName()
              + "); generated packages must not nest");
        }
      }
    }
  }

  private static InvalidOptionsException invalid(String packageName) {
    return new InvalidOptionsException("'" + packageName + "' is not a valid Java package name"
        + " (lowercase words separated by dots, no Java keywords)");
  }
}
