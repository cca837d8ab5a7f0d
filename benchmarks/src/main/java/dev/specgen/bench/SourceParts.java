package dev.specgen.bench;

import dev.specgen.bench.ColdGeneration.Tool;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A generated source tree split into the parts that explain its size and its javac time.
 * Specgen's: the models, the request records and the client (with its exception classes);
 * openapi-generator's: its {@code model} and {@code api} folders and the support classes beside
 * them ({@code ApiClient}, {@code JSON}, ...). Specgen's files are told apart by the emitter their
 * {@code @Generated} annotation names.
 */
public final class SourceParts {

  /** One part: a name for the report and its files. */
  public record Part(String name, List<Path> files) {
    public CodeSize size() {
      return CodeSize.of(files);
    }
  }

  static final String MODELS = "models";

  private static final String MODEL_EMITTER = "@Generated(\"dev.specgen.emit.model.";
  private static final Pattern TOP_LEVEL_RECORD = Pattern.compile("^public record ", Pattern.MULTILINE);
  private static final Pattern CLIENT_CLASS = Pattern.compile("^public final class \\w+Client\\b",
      Pattern.MULTILINE);
  /** A class nested one level deep, as the generated client declares its views and builder. */
  private static final Pattern NESTED_CLASS = Pattern.compile(
      "^    (?:public |protected |private )?(?:static )?(?:final )?class (\\w+)\\b");

  private SourceParts() {}

  /** The parts of {@code tool}'s main sources under {@code root}, largest kinds first. */
  public static List<Part> of(Tool tool, Path root) {
    List<Path> files = CodeSize.javaFiles(root);
    return tool == Tool.OPENAPI_GENERATOR ? openapiGenerator(files) : specgen(files);
  }

  /**
   * The sources that compile the models on their own: Specgen's models, openapi-generator's
   * models with the support classes they import.
   */
  public static List<Path> modelSources(Tool tool, Path root) {
    List<Part> parts = of(tool, root);
    List<Path> files = new ArrayList<>(parts.get(0).files());
    if (tool == Tool.OPENAPI_GENERATOR) {
      files.addAll(parts.get(2).files());
    }
    return files;
  }

  private static List<Part> specgen(List<Path> files) {
    Map<Path, String> texts = new LinkedHashMap<>();
    files.forEach(f -> texts.put(f, read(f)));
    Predicate<String> model = text -> text.contains(MODEL_EMITTER);
    Predicate<String> requestRecord = text -> !model.test(text) && TOP_LEVEL_RECORD.matcher(text).find();
    return List.of(
        new Part(MODELS, select(texts, model)),
        new Part("request records", select(texts, requestRecord)),
        new Part("client and its exceptions", select(texts, model.or(requestRecord).negate())));
  }

  private static List<Part> openapiGenerator(List<Path> files) {
    Predicate<Path> model = f -> f.getParent().getFileName().toString().equals("model");
    Predicate<Path> api = f -> f.getParent().getFileName().toString().equals("api");
    return List.of(
        new Part(MODELS + " (`model/`)", files.stream().filter(model).toList()),
        new Part("API classes (`api/`)", files.stream().filter(api).toList()),
        new Part("support classes (`ApiClient`, `JSON`, ...)",
            files.stream().filter(model.or(api).negate()).toList()));
  }

  /**
   * The lines of each Specgen client class under {@code root}, by class: the client's own body
   * and each class nested in it (its views and builder), in the order they appear.
   */
  public static Map<String, CodeSize> clientClasses(Path root) {
    Map<String, CodeSize> classes = new LinkedHashMap<>();
    for (Path file : CodeSize.javaFiles(root)) {
      String text = read(file);
      Matcher client = CLIENT_CLASS.matcher(text);
      if (client.find() && !text.contains(MODEL_EMITTER)) {
        classes.putAll(byNestedClass(file.getFileName().toString().replace(".java", ""),
            text.lines().toList()));
      }
    }
    return classes;
  }

  /** Splits a file's lines into the top-level class's own and those of each nested class. */
  static Map<String, CodeSize> byNestedClass(String topLevel, List<String> lines) {
    Map<String, List<String>> parts = new LinkedHashMap<>();
    List<String> own = parts.computeIfAbsent(topLevel, k -> new ArrayList<>());
    List<String> current = own;
    for (String line : lines) {
      Matcher nested = NESTED_CLASS.matcher(line);
      boolean opens = current == own && nested.find();
      if (opens) {
        current = parts.computeIfAbsent(topLevel + "." + nested.group(1), k -> new ArrayList<>());
      }
      current.add(line);
      boolean closes = line.equals("    }") || opens && line.endsWith("}");
      if (current != own && closes) {
        current = own;
      }
    }
    Map<String, CodeSize> sizes = new LinkedHashMap<>();
    parts.forEach((name, part) -> sizes.put(name, CodeSize.ofLines(part)));
    return sizes;
  }

  private static List<Path> select(Map<Path, String> texts, Predicate<String> test) {
    return texts.entrySet().stream().filter(e -> test.test(e.getValue())).map(Map.Entry::getKey).toList();
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
