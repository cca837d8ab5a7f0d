package dev.specgen.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specgen.diag.Diagnostic;
import dev.specgen.diag.Location;
import dev.specgen.ir.ApiModel;
import dev.specgen.ir.MediaType;
import dev.specgen.ir.Operation;
import dev.specgen.ir.TypeDef;
import dev.specgen.ir.TypeRef;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;
import net.jqwik.api.statistics.Statistics;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;

/**
 * Breaks valid specs at random, in their text and in their tree, and checks that the loader
 * either succeeds or reports located diagnostics: no exception, no stack overflow, no diagnostic
 * without a file, and no position outside the file.
 *
 * <p>A failing case prints its fixture, seed and mutated text; rerun with the printed seed.
 *
 * <p>The broken-spec property runs {@value #DEFAULT_TRIES} tries in a normal build; {@code
 * -Dfuzz.tries=N} runs N (the README's reliability section gives the command for 100,000).
 */
class LoaderFuzzTest {

  /** Tries per build: enough to catch a regression, few enough to keep the build quick. */
  static final int DEFAULT_TRIES = 1_000;

  /** Sets the broken-spec property's tries from {@code -Dfuzz.tries}. */
  static final class TriesFromSystemProperty implements AroundPropertyHook {
    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context,
        PropertyExecutor property) {
      String tries = System.getProperty("fuzz.tries", "").trim();
      try {
        context.attributes().setTries(tries.isEmpty() ? DEFAULT_TRIES : Integer.parseInt(tries));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("-Dfuzz.tries needs a whole number, not '" + tries + "'", e);
      }
      return property.execute();
    }
  }

  /** One valid spec: the file that is loaded, and every file of it (the root first). */
  private record Fixture(String root, Map<String, String> files) {}

  private static final List<Fixture> FIXTURES = List.of(
      fixture("petstore30.yaml"),
      fixture("unions31.yaml"),
      fixture("small.json"),
      fixture("front-like.yaml"),
      fixture("multi/spec.yaml", "multi/common.yaml"));

  private static Path workDir;

  private static Fixture fixture(String root, String... others) {
    Map<String, String> files = new LinkedHashMap<>();
    files.put(root, resourceText(root));
    for (String other : others) {
      files.put(other, resourceText(other));
    }
    return new Fixture(root, files);
  }

  private static String resourceText(String name) {
    try (var in = LoaderFuzzTest.class.getResourceAsStream("/loader/fuzz/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @BeforeContainer
  static void createWorkDir() throws IOException {
    workDir = Files.createTempDirectory("specgen-fuzz");
  }

  @AfterContainer
  static void deleteWorkDir() throws IOException {
    try (Stream<Path> paths = Files.walk(workDir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }

  // ---- the properties ------------------------------------------------------------------------

  @Example
  void everyFixtureLoadsCleanly() {
    for (Fixture fixture : FIXTURES) {
      LoadResult result = load(fixture.files(), fixture.root());
      assertThat(result.diagnostics().errors()).as(fixture.root()).isEmpty();
      checkModel(result.model().orElseThrow());
    }
  }

  @Property
  @AddLifecycleHook(TriesFromSystemProperty.class)
  void brokenSpecsGiveLocatedDiagnostics(
      @ForAll @IntRange(min = 0, max = 4) int fixtureIndex,
      @ForAll long seed,
      @ForAll @IntRange(min = 1, max = 3) int mutations) {
    Fixture fixture = FIXTURES.get(fixtureIndex);
    Random random = new Random(seed);
    Map<String, String> files = new LinkedHashMap<>(fixture.files());
    List<String> applied = new ArrayList<>();
    for (int i = 0; i < mutations; i++) {
      String target = pick(random, new ArrayList<>(files.keySet()));
      Mutation mutation = pick(random, List.of(Mutation.values()));
      files.put(target, mutation.apply(files.get(target), random));
      applied.add(mutation + " " + target);
    }
    String context = fixture.root() + " seed " + seed + " " + applied + "\n" + files;
    LoadResult result;
    try {
      result = load(files, fixture.root());
    } catch (Throwable e) { // StackOverflowError and OutOfMemoryError included
      throw new AssertionError("loader threw " + e + " for " + context, e);
    }
    checkResult(result, files, context);
    Statistics.label("outcome").collect(result.succeeded()
        ? (result.diagnostics().all().isEmpty() ? "loads cleanly" : "loads with warnings")
        : "refused with errors");
  }

  // ---- checks --------------------------------------------------------------------------------

  private static LoadResult load(Map<String, String> files, String root) {
    for (Map.Entry<String, String> file : files.entrySet()) {
      Path path = workDir.resolve(file.getKey());
      try {
        Files.createDirectories(path.getParent());
        Files.writeString(path, file.getValue());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return SpecLoader.load(workDir.resolve(root));
  }

  private static void checkResult(LoadResult result, Map<String, String> files, String context) {
    assertThat(result.succeeded()).as(context).isEqualTo(!result.diagnostics().hasErrors());
    for (Diagnostic diagnostic : result.diagnostics().all()) {
      Location at = diagnostic.location();
      String what = diagnostic.format() + "\n" + context;
      assertThat(at.file()).as(what).isNotNull();
      assertThat(diagnostic.message()).as(what).isNotBlank().doesNotContain("Exception");
      assertThat(at.pointer().isEmpty() || at.pointer().startsWith("/")).as("pointer of " + what).isTrue();
      if (at.line() == 0) {
        assertThat(at.column()).as("whole-file diagnostic " + what).isZero();
        continue;
      }
      assertThat(at.line()).as(what).isPositive();
      assertThat(at.column()).as(what).isPositive();
      String name = workDir.relativize(at.file()).toString();
      String text = files.get(name);
      assertThat(text).as("a diagnostic in a file of the spec: " + what).isNotNull();
      assertThat(at.line()).as(what).isLessThanOrEqualTo(text.split("\n", -1).length + 1);
    }
    result.model().ifPresent(LoaderFuzzTest::checkModel);
  }

  /** Every type a {@link TypeRef.Named} mentions is defined, and names are unique. */
  private static void checkModel(ApiModel model) {
    Set<String> defined = new HashSet<>();
    for (TypeDef type : model.types()) {
      assertThat(defined.add(type.name().toLowerCase(java.util.Locale.ROOT))).as(type.name()).isTrue();
    }
    Consumer<TypeRef> check = new Consumer<>() {
      @Override
      public void accept(TypeRef ref) {
        if (ref instanceof TypeRef.Named named) {
          assertThat(model.type(named.name())).as("type " + named.name()).isPresent();
        } else if (ref instanceof TypeRef.ArrayOf array) {
          accept(array.items());
        } else if (ref instanceof TypeRef.MapOf map) {
          accept(map.values());
        }
      }
    };
    for (Operation operation : model.operations()) {
      operation.parameters().forEach(p -> check.accept(p.type()));
      operation.requestBody().ifPresent(b -> b.content().stream().map(MediaType::type).forEach(check));
      operation.responses().forEach(r -> {
        r.content().stream().map(MediaType::type).forEach(check);
        r.headers().forEach(h -> check.accept(h.type()));
      });
    }
    for (TypeDef type : model.types()) {
      if (type instanceof TypeDef.ObjectType object) {
        object.properties().forEach(p -> check.accept(p.type()));
        object.additionalProperties().ifPresent(check);
      } else if (type instanceof TypeDef.UnionType union) {
        union.variants().forEach(v -> check.accept(v.type()));
      }
    }
  }

  // ---- mutations -----------------------------------------------------------------------------

  private static <T> T pick(Random random, List<T> items) {
    return items.get(random.nextInt(items.size()));
  }

  private static final List<String> GARBAGE = List.of(
      "{", "}", "[", "]", ": ", "- ", ",", "&a ", "*a", "*b ", "!!java.net.URL ", "!custom ", "\"", "'",
      "\t", "\n---\n", "\n...\n", "%YAML 1.2\n", "#", "? ", "|", ">", "~", "null", "\u00e9\u4e2d\ud83d\ude00",
      "\u0000", "\\", "$ref: '#/components/schemas/Nope'", "{$ref: '#'}", "<<: *a", "@", "`", "\r", "\ufeff",
      "\n  - ", "\n    x: ", "0x", "1e999999999", "1e9999999999", ".nan", "-.inf", "\"\\u12\"",
      "&a [*a]", "&b {k: *b}", "!!binary ", "!!int ", "!!float ", "!!str ", "!!map ", "!!seq ", "!!set ");

  private static final List<String> TOKENS = List.of(
      "string", "integer", "number", "boolean", "object", "array", "null", "any", "true", "false", "0",
      "-1", "3.0", "'3.1.0'", "2.0", "[]", "{}", "[a, b]", "{a: 1}", "path", "query", "header", "cookie",
      "body", "deepObject", "matrix", "form", "required", "'#/components/schemas/Nope'", "'#'",
      "'./common.yaml#/components/schemas/Message'", "'../outside.yaml#/x'", "'https://x.example/s.yaml'",
      "'#/paths'", "next-url", "cursor", "keyset", "page-number", "'{id}'", "/x/{y}", "'200'", "default",
      "int64", "date-time", "uuid", "binary", "nullable", "allOf", "oneOf", "anyOf", "enum", "$ref",
      "properties", "items", "additionalProperties", "discriminator", "x-pagination", "security",
      "1e999999999", "-1e9999999999", "99999999999999999999", "1.0", ".inf", "0o17", "0x1F", "~",
      "[1e999999999]", "[1, 1e400]", "{type: integer, enum: [1e999999999]}");

  private static final List<String> BROKEN_REFS = List.of(
      "#/components/schemas/Nope", "#", "#/", "#components", "#/components/schemas/~2", "#/%zz",
      "./missing.yaml#/x", "../outside.yaml#/x", "/etc/passwd#/x", "https://example.com/a.yaml#/x",
      "common.yaml", "./common.yaml#/components", "#/paths/~1pets/get", "#/info/title", "#/components/schemas",
      "", "spec.yaml#/components/schemas/Error", "#/components/parameters/AccountId");

  /** Ways to break a spec: in its text, or in its tree (which is then written back as YAML). */
  private enum Mutation {
    DELETE_LINE {
      @Override
      String apply(String text, Random random) {
        List<String> lines = lines(text);
        lines.remove(random.nextInt(lines.size()));
        return String.join("\n", lines);
      }
    },
    DUPLICATE_LINE {
      @Override
      String apply(String text, Random random) {
        List<String> lines = lines(text);
        int i = random.nextInt(lines.size());
        lines.add(random.nextInt(lines.size() + 1), lines.get(i));
        return String.join("\n", lines);
      }
    },
    SWAP_LINES {
      @Override
      String apply(String text, Random random) {
        List<String> lines = lines(text);
        java.util.Collections.swap(lines, random.nextInt(lines.size()), random.nextInt(lines.size()));
        return String.join("\n", lines);
      }
    },
    REINDENT_LINE {
      @Override
      String apply(String text, Random random) {
        List<String> lines = lines(text);
        int i = random.nextInt(lines.size());
        String line = lines.get(i);
        lines.set(i, random.nextBoolean() ? "  " + line : line.replaceFirst("^ {1,2}", ""));
        return String.join("\n", lines);
      }
    },
    TRUNCATE {
      @Override
      String apply(String text, Random random) {
        return text.substring(0, random.nextInt(text.length() + 1));
      }
    },
    INSERT_GARBAGE {
      @Override
      String apply(String text, Random random) {
        int at = random.nextInt(text.length() + 1);
        return text.substring(0, at) + pick(random, GARBAGE) + text.substring(at);
      }
    },
    REPLACE_TOKEN {
      @Override
      String apply(String text, Random random) {
        List<int[]> words = new ArrayList<>();
        var matcher = java.util.regex.Pattern.compile("[A-Za-z0-9_$#./{}'-]+").matcher(text);
        while (matcher.find()) {
          words.add(new int[] {matcher.start(), matcher.end()});
        }
        if (words.isEmpty()) {
          return text;
        }
        int[] word = pick(random, words);
        return text.substring(0, word[0]) + pick(random, TOKENS) + text.substring(word[1]);
      }
    },
    DELETE_NODE {
      @Override
      Object mutate(Object tree, Random random) {
        Slot slot = pickSlot(tree, random);
        if (slot != null) {
          slot.remove();
        }
        return tree;
      }
    },
    DUPLICATE_NODE {
      @Override
      Object mutate(Object tree, Random random) {
        Slot from = pickSlot(tree, random);
        Slot to = pickSlot(tree, random);
        if (from != null && to != null) {
          // a shared node is written back with an anchor and an alias
          boolean inside = to.pointer().startsWith(from.pointer() + "/") || to.pointer().equals(from.pointer());
          to.set(random.nextBoolean() || inside ? deepCopy(from.get()) : from.get());
        }
        return tree;
      }
    },
    RETYPE_NODE {
      @Override
      Object mutate(Object tree, Random random) {
        Slot slot = pickSlot(tree, random);
        if (slot != null) {
          slot.set(pick(random, List.<Object>of(
              "text", 42, -7L, 3.5, true, false, "", "null", List.of(), List.of("a", 1), Map.of(),
              Map.of("type", "string"), Map.of("$ref", 5), Map.of("a", Map.of("b", List.of())))));
        }
        return tree;
      }
    },
    NEST_DEEPLY {
      @Override
      Object mutate(Object tree, Random random) {
        Slot slot = pickSlot(tree, random);
        if (slot != null) {
          Object nested = slot.get();
          for (int i = random.nextInt(300); i >= 0; i--) {
            Map<String, Object> schema = new LinkedHashMap<>();
            schema.put("type", "array");
            schema.put("items", nested);
            nested = random.nextBoolean() ? java.util.Collections.singletonList(nested) : schema;
          }
          slot.set(nested);
        }
        return tree;
      }
    },
    RENAME_KEY {
      @Override
      Object mutate(Object tree, Random random) {
        Slot slot = pickSlot(tree, random);
        if (slot != null && slot.parent() instanceof Map<?, ?>) {
          Object value = slot.get();
          slot.remove();
          @SuppressWarnings("unchecked")
          Map<Object, Object> map = (Map<Object, Object>) slot.parent();
          map.put(pick(random, TOKENS), value);
        }
        return tree;
      }
    },
    BREAK_REF {
      @Override
      Object mutate(Object tree, Random random) {
        List<Slot> refs = new ArrayList<>();
        collect(tree, slot -> {
          if ("$ref".equals(slot.key())) {
            refs.add(slot);
          }
        });
        if (refs.isEmpty()) {
          return tree;
        }
        Slot ref = pick(random, refs);
        String pointer = random.nextBoolean() ? pick(random, BROKEN_REFS) : ref.ownPointer();
        ref.set(pointer);
        return tree;
      }
    };

    /** Text mutations override this; tree mutations parse, mutate and write back. */
    String apply(String text, Random random) {
      Object tree;
      try {
        tree = new Load(LoadSettings.builder().setAllowDuplicateKeys(true).build()).loadFromString(text);
      } catch (RuntimeException e) {
        return text; // already broken text: leave it to the loader
      }
      if (tree == null) {
        return text;
      }
      if (isCyclic(tree, java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()))) {
        return text; // a recursive alias: the loader refuses it, and it cannot be copied here
      }
      Object mutated = mutate(toMutable(tree), random);
      DumpSettings settings = DumpSettings.builder()
          .setDefaultFlowStyle(random.nextBoolean() ? FlowStyle.BLOCK : FlowStyle.FLOW)
          .build();
      return new Dump(settings).dumpToString(mutated);
    }

    Object mutate(Object tree, Random random) {
      return tree;
    }
  }

  private static List<String> lines(String text) {
    return new ArrayList<>(List.of(text.split("\n", -1)));
  }

  // ---- a mutable view of a parsed tree -------------------------------------------------------

  /** A place in the tree: a key of a map or an index of a list. */
  private record Slot(Object parent, Object key, String pointer) {

    Object get() {
      return parent instanceof Map<?, ?> map ? map.get(key) : ((List<?>) parent).get((Integer) key);
    }

    @SuppressWarnings("unchecked")
    void set(Object value) {
      if (parent instanceof Map<?, ?> map) {
        ((Map<Object, Object>) map).put(key, value);
      } else {
        ((List<Object>) parent).set((Integer) key, value);
      }
    }

    void remove() {
      if (parent instanceof Map<?, ?> map) {
        map.remove(key);
      } else {
        ((List<?>) parent).remove((int) (Integer) key);
      }
    }

    /** A {@code $ref} to the schema holding this slot: a reference to itself. */
    String ownPointer() {
      return "#" + pointer.substring(0, pointer.lastIndexOf('/'));
    }
  }

  private static Slot pickSlot(Object tree, Random random) {
    List<Slot> slots = new ArrayList<>();
    collect(tree, slots::add);
    return slots.isEmpty() ? null : pick(random, slots);
  }

  private static void collect(Object node, Consumer<Slot> sink) {
    collect(node, "", sink);
  }

  private static void collect(Object node, String pointer, Consumer<Slot> sink) {
    if (node instanceof Map<?, ?> map) {
      for (Object key : new ArrayList<>(map.keySet())) {
        String child = pointer + "/" + String.valueOf(key).replace("~", "~0").replace("/", "~1");
        sink.accept(new Slot(map, key, child));
        collect(map.get(key), child, sink);
      }
    } else if (node instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        sink.accept(new Slot(list, i, pointer + "/" + i));
        collect(list.get(i), pointer + "/" + i, sink);
      }
    }
  }

  private static boolean isCyclic(Object node, Set<Object> ancestors) {
    if (!(node instanceof Map<?, ?> || node instanceof List<?>)) {
      return false;
    }
    if (!ancestors.add(node)) {
      return true;
    }
    Iterable<?> children = node instanceof Map<?, ?> map ? map.values() : (List<?>) node;
    for (Object child : children) {
      if (isCyclic(child, ancestors)) {
        return true;
      }
    }
    ancestors.remove(node);
    return false;
  }

  private static Object toMutable(Object node) {
    if (node instanceof Map<?, ?> map) {
      Map<Object, Object> copy = new LinkedHashMap<>();
      map.forEach((k, v) -> copy.put(k, toMutable(v)));
      return copy;
    }
    if (node instanceof List<?> list) {
      List<Object> copy = new ArrayList<>();
      list.forEach(item -> copy.add(toMutable(item)));
      return copy;
    }
    return node;
  }

  private static Object deepCopy(Object node) {
    return toMutable(node);
  }
}
