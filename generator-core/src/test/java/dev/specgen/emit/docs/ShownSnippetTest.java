package dev.specgen.emit.docs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How a snippet method is shown on a page: its body, and only the imports that body uses. */
class ShownSnippetTest {

  private static final String FILE = """
      package com.acme.snippets;

      import com.acme.Page;
      import com.acme.PageItem;
      import com.acme.Client;
      import java.util.List;

      public final class ListSnippet {
          public static Page run(Client client) {
              Page response = client.list();
              return response;
          }

          public static List<PageItem> runAll(Client client) {
              return client.listAll();
          }
      }
      """;

  @Test
  void aMethodIsShownWithTheImportsItsBodyUsesAndWithoutItsLastReturn() {
    assertThat(SnippetEmitter.shown(FILE, "run")).isEqualTo("""
        import com.acme.Page;

        Page response = client.list();
        """);
  }

  @Test
  void anImportCountsOnlyWhenItsNameIsAWholeWord() {
    assertThat(SnippetEmitter.containsWord("PageItem item = next();", "Page")).isFalse();
    assertThat(SnippetEmitter.containsWord("List<Page> pages", "Page")).isTrue();
    assertThat(SnippetEmitter.containsWord("Page", "Page")).isTrue();
    assertThat(SnippetEmitter.containsWord("myPage = Page.of()", "Page")).isTrue();
    assertThat(SnippetEmitter.containsWord("Page_1 x", "Page")).isFalse();
  }
}
