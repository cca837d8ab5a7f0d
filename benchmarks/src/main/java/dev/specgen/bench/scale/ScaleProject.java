package dev.specgen.bench.scale;

import dev.specgen.bench.SyntheticSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes the scale scenario's multi-module project for one tool: {@code modules} modules of
 * {@code specsPerModule} synthetic specs each (10 to 50 operations, the same for both tools), a
 * build cache setup in {@code .mvn/}, and POMs that generate and compile every spec with either
 * Specgen's plugin or openapi-generator-maven-plugin (one execution per spec, {@code
 * skipIfSpecIsUnchanged}).
 */
public final class ScaleProject {

  /** Which generator the project's POMs use. */
  public enum Tool {
    SPECGEN("specgen"),
    OPENAPI_GENERATOR("openapi-generator");

    final String folder;

    Tool(String folder) {
      this.folder = folder;
    }
  }

  private final int modules;
  private final int specsPerModule;
  private final Map<String, String> versions;

  /**
   * @param versions the versions the POMs use, by property name: {@code specgen.version}, {@code
   *     openapi-generator.version}, {@code jackson.version}, {@code jakarta-annotation.version},
   *     {@code jsr305.version}, {@code build-cache-extension.version}
   */
  public ScaleProject(int modules, int specsPerModule, Map<String, String> versions) {
    this.modules = modules;
    this.specsPerModule = specsPerModule;
    this.versions = Map.copyOf(versions);
  }

  /** Operations of spec {@code index}: 10 to 50 in steps of 5, spread evenly. */
  public static int operationsOf(int index) {
    return 10 + 5 * ((index * 7) % 9);
  }

  /** The spec file of spec {@code spec} of module {@code module}, relative to the project. */
  public static String specPath(int module, int spec) {
    return moduleName(module) + "/src/main/specs/" + specName(spec) + ".json";
  }

  /** The spec the one-spec-changed build edits: the sixth of the fourth module, when they exist. */
  public String changedSpec() {
    return specPath(Math.min(3, modules - 1), Math.min(5, specsPerModule - 1));
  }

  /** Writes the project for {@code tool} into {@code root}; returns the number of operations. */
  public int write(Path root, Tool tool) throws IOException {
    int operations = 0;
    write(root.resolve("pom.xml"), parentPom(tool));
    write(root.resolve(".mvn/extensions.xml"), ScalePoms.extensions(versions));
    write(root.resolve(".mvn/maven-build-cache-config.xml"), ScalePoms.cacheConfig(tool));
    for (int m = 0; m < modules; m++) {
      write(root.resolve(moduleName(m) + "/pom.xml"), modulePom(tool, m));
      for (int s = 0; s < specsPerModule; s++) {
        int ops = operationsOf(m * specsPerModule + s);
        SyntheticSpec.write(ops, root.resolve(specPath(m, s)));
        operations += ops;
      }
    }
    return operations;
  }

  private String parentPom(Tool tool) {
    StringBuilder moduleList = new StringBuilder();
    for (int m = 0; m < modules; m++) {
      moduleList.append("    <module>").append(moduleName(m)).append("</module>\n");
    }
    return ScalePoms.parent(tool, moduleList.toString(), versions);
  }

  private String modulePom(Tool tool, int module) {
    String body = tool == Tool.SPECGEN
        ? ScalePoms.specgenPlugin("bench." + moduleName(module).replace("-", ""))
        : openapiGeneratorPlugin(module);
    return ScalePoms.module(moduleName(module), tool, body);
  }

  private String openapiGeneratorPlugin(int module) {
    StringBuilder executions = new StringBuilder();
    for (int s = 0; s < specsPerModule; s++) {
      String pkg = "bench." + moduleName(module).replace("-", "") + "." + specName(s);
      executions.append(ScalePoms.openapiGeneratorExecution(specName(s), pkg));
    }
    return ScalePoms.openapiGeneratorPlugin(executions.toString());
  }

  static String moduleName(int module) {
    return String.format("svc-%02d", module);
  }

  static String specName(int spec) {
    return String.format("s%02d", spec);
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
