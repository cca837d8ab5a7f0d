package dev.specgen.emit.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specgen.emit.EmitContext;
import dev.specgen.emit.GeneratedFile;
import dev.specgen.ir.ApiModel;
import dev.specgen.naming.SpecSegments;
import dev.specgen.read.LoadOptions;
import dev.specgen.testing.SpecgenTestKit;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every relative link of every generated page points to a generated file and, when it has a
 * fragment, to a heading of that file; absolute links are http, https or mailto only. Checked for
 * the flagship specs and for the published real-world specs, whose descriptions are long and
 * untamed. Every page is also checked for structure that spec text could break. The same holds
 * for the HTML reference: every {@code href} and {@code src} names a generated file and an {@code id}
 * of it.
 */
class DocLinksTest {

  static Stream<Arguments> specs() {
    Stream<Arguments> flagships = DocsFixtures.FLAGSHIPS.stream().map(s -> Arguments.of(s, false));
    Stream<Arguments> real = DocsFixtures.REAL.stream().map(s -> Arguments.of(s, true));
    return Stream.concat(flagships, real);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("specs")
  void everyLinkResolves(String specFile, boolean real) {
    // Real specs are found while the test runs, so that without ../shared only they are skipped.
    Path spec = real ? SpecgenTestKit.realSpecs().resolve(specFile) : SpecgenTestKit.flagshipSpec(specFile);
    ApiModel model = SpecgenTestKit.load(spec, real ? LoadOptions.defaults().withRefRoot(SpecgenTestKit.realSpecs()) : LoadOptions.defaults()).model().orElseThrow();
    String folder = SpecSegments.of(spec);
    Map<String, String> pages = new TreeMap<>();
    for (GeneratedFile file : new DocsEmitter().emit(model, new EmitContext("com.example.docs", spec, true))) {
      if (file.target() == GeneratedFile.Target.DOCS && file.relativePath().endsWith(".md")) {
        assertThat(file.relativePath()).startsWith(folder + "/");
        pages.put(file.relativePath().substring(folder.length() + 1), file.content());
      }
    }
    assertThat(pages).hasSize(model.operations().size() + 2);

    Map<String, Set<String>> anchors = new TreeMap<>();
    pages.forEach((name, text) -> anchors.put(name, MarkdownChecks.anchors(text)));
    List<String> broken = new ArrayList<>();
    int checked = 0;
    for (Map.Entry<String, String> page : pages.entrySet()) {
      assertThat(MarkdownChecks.problems(page.getValue())).as("problems of %s", page.getKey()).isEmpty();
      for (String link : MarkdownChecks.links(page.getValue())) {
        checked++;
        String problem = check(link, page.getKey(), anchors);
        if (problem != null) {
          broken.add(page.getKey() + ": " + link + ": " + problem);
        }
      }
    }
    System.out.printf("%s: %d pages, %d links checked%n", spec.getFileName(), pages.size(), checked);
    assertThat(broken).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("specs")
  void everyHtmlLinkResolves(String specFile, boolean real) {
    Path spec = real ? SpecgenTestKit.realSpecs().resolve(specFile) : SpecgenTestKit.flagshipSpec(specFile);
    ApiModel model = SpecgenTestKit.load(spec, real ? LoadOptions.defaults().withRefRoot(SpecgenTestKit.realSpecs()) : LoadOptions.defaults()).model().orElseThrow();
    String folder = SpecSegments.of(spec) + "/" + HtmlLayout.FOLDER + "/";
    Map<String, String> pages = new TreeMap<>();
    for (GeneratedFile file : new DocsEmitter().emit(model, new EmitContext("com.example.docs", spec, true))) {
      if (file.target() == GeneratedFile.Target.DOCS && file.relativePath().startsWith(folder)) {
        pages.put(file.relativePath().substring(folder.length()), file.content());
      }
    }
    assertThat(pages).hasSize(model.operations().size() + 1 + HtmlReference.ASSETS.size());
    Map<String, Set<String>> anchors = new TreeMap<>();
    pages.forEach((name, text) -> anchors.put(name, HtmlChecks.ids(text)));
    List<String> broken = new ArrayList<>();
    int checked = 0;
    for (Map.Entry<String, String> page : pages.entrySet()) {
      if (!page.getKey().endsWith(".html")) {
        continue;
      }
      assertThat(HtmlChecks.problems(page.getValue())).as("problems of %s", page.getKey()).isEmpty();
      for (String link : HtmlChecks.links(page.getValue())) {
        checked++;
        String problem = check(link, page.getKey(), anchors);
        if (problem != null) {
          broken.add(page.getKey() + ": " + link + ": " + problem);
        }
      }
    }
    System.out.printf("%s: %d HTML pages, %d links checked%n", spec.getFileName(), pages.size(), checked);
    assertThat(checked).isGreaterThan(pages.size());
    assertThat(broken).isEmpty();
  }

  private static String check(String link, String from, Map<String, Set<String>> anchors) {
    if (link.matches("(?i)[a-z][a-z0-9+.-]*:.*")) {
      return link.matches("(?i)(https?|mailto):.*") ? null : "a link to an unsafe scheme";
    }
    int hash = link.indexOf('#');
    String path = hash < 0 ? link : link.substring(0, hash);
    String target = path.isEmpty() ? from : URI.create("x/" + from).resolve(path).getPath().substring(2);
    Set<String> page = anchors.get(target);
    if (page == null) {
      return "no page " + target;
    }
    if (hash >= 0 && !page.contains(link.substring(hash + 1))) {
      return "no heading with that anchor in " + target;
    }
    return null;
  }
}
