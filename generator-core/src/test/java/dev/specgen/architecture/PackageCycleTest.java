package dev.specgen.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specgen.testing.SpecgenTestKit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages of generator-core import each other in one direction only ({@code load} → {@code
 * read} → {@code ir} → {@code emit.*} → {@code generate} → {@code cli}): no two packages import
 * each other, directly or through others.
 */
class PackageCycleTest {

  private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
  private static final Pattern IMPORT =
      Pattern.compile("^import (?:static )?(dev\\.specgen(?:\\.[a-z]\\w*)*)\\.[A-Z]", Pattern.MULTILINE);

  @Test
  void noPackageReachesItselfThroughItsImports() throws IOException {
    Map<String, Set<String>> imports = importsByPackage(
        SpecgenTestKit.repoRoot().resolve("generator-core/src/main/java/dev/specgen"));
    assertThat(imports).containsKeys("dev.specgen.emit", "dev.specgen.generate", "dev.specgen.read");

    List<String> cycles = new ArrayList<>();
    for (String start : imports.keySet()) {
      if (reaches(imports, start, start, new TreeSet<>())) {
        cycles.add(start);
      }
    }
    assertThat(cycles).as("packages that import themselves through others").isEmpty();
  }

  private static Map<String, Set<String>> importsByPackage(Path sources) throws IOException {
    Map<String, Set<String>> imports = new TreeMap<>();
    try (Stream<Path> files = Files.walk(sources)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String text = Files.readString(file);
        Matcher declared = PACKAGE.matcher(text);
        if (!declared.find()) {
          continue;
        }
        Set<String> targets = imports.computeIfAbsent(declared.group(1), p -> new TreeSet<>());
        Matcher imported = IMPORT.matcher(text);
        while (imported.find()) {
          if (!imported.group(1).equals(declared.group(1))) {
            targets.add(imported.group(1));
          }
        }
      }
    }
    return imports;
  }

  private static boolean reaches(Map<String, Set<String>> imports, String from, String target, Set<String> seen) {
    for (String next : imports.getOrDefault(from, Set.of())) {
      if (next.equals(target) || (seen.add(next) && reaches(imports, next, target, seen))) {
        return true;
      }
    }
    return false;
  }
}
