package dev.specgen.emit.docs;

import dev.specgen.ir.Operation;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Where the HTML reference of one spec goes: {@code front/html/index.html}, one page per operation
 * named as its Markdown page ({@code listContactConversations.html}), the shared assets, and the
 * anchors of the models on the index page.
 */
final class HtmlLayout {

  static final String FOLDER = "html";

  private final DocsLayout docs;
  // By identity, as in DocsLayout: a record's hashCode walks the operation's whole tree.
  private final Map<Operation, String> pages = new IdentityHashMap<>();

  HtmlLayout(DocsLayout docs, Iterable<Operation> operations) {
    this.docs = docs;
    for (Operation operation : operations) {
      String markdown = docs.page(operation);
      String base = markdown.substring(0, markdown.length() - ".md".length());
      // Markdown pages never take "README" or "models"; "index" is the HTML index's own name.
      pages.put(operation, (base.equals("index") ? "index-operation" : base) + ".html");
    }
  }

  /** The spec's docs folder ({@code front}). */
  String folder() {
    return docs.folder();
  }

  /** {@code front/html/listContactConversations.html}: a path under the docs directory. */
  String path(String page) {
    return docs.folder() + "/" + FOLDER + "/" + page;
  }

  /** The page of an operation, relative to the HTML folder. */
  String page(Operation operation) {
    return pages.get(operation);
  }

  /** {@code model-conversation}: the anchor of a model on the index page. */
  String modelAnchor(String typeName) {
    String link = docs.modelLink(typeName, true);
    return "model-" + link.substring(link.indexOf('#') + 1);
  }
}
