package dev.specgen.emit.docs;

import dev.specgen.ir.ApiModel;
import dev.specgen.ir.Operation;
import dev.specgen.ir.PrimitiveType;
import dev.specgen.ir.TypeRef;
import java.util.Locale;

/**
 * What every page of the HTML reference shares: escaping, the head with its Content-Security-Policy
 * (the page runs only its shipped script and style, loads nothing from elsewhere and may only
 * connect to a gateway over http or https), and the {@link HtmlSidebar} of operations.
 */
final class HtmlPage {

  /** The assets folder next to the pages. */
  static final String ASSETS = "assets";
  static final String INDEX = "index.html";

  private static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
      + " connect-src http: https:; base-uri 'none'; form-action 'none'";

  private final ApiModel model;
  private final HtmlLayout layout;
  private final HtmlSidebar sidebar;

  HtmlPage(ApiModel model, HtmlLayout layout) {
    this.model = model;
    this.layout = layout;
    this.sidebar = new HtmlSidebar(model.operations(), layout);
  }

  /** Text for HTML content and double-quoted attribute values. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** The whole page around {@code main}, the HTML of its main column. */
  String page(String title, String bodyClass, String main, Operation current) {
    return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<meta http-equiv=\"Content-Security-Policy\" content=\"" + CSP + "\">\n"
        + "<title>" + escape(title) + "</title>\n"
        + "<link rel=\"icon\" href=\"data:,\">\n" // no icon: the browser asks no server for one
        + "<link rel=\"stylesheet\" href=\"" + ASSETS + "/reference.css\">\n"
        + "<script src=\"" + ASSETS + "/reference.js\" defer></script>\n"
        + "</head>\n<body class=\"" + bodyClass + "\" data-spec=\"" + escape(layout.folder()) + "\">\n"
        + "<header class=\"top\"><a class=\"api-title\" href=\"" + INDEX + "\">" + escape(model.title()) + "</a>"
        + " <span class=\"version\">" + escape(model.version()) + "</span></header>\n"
        + "<div class=\"layout\">\n" + sidebar.html(current) + "<main id=\"main\">\n" + main + "</main>\n</div>\n"
        + "</body>\n</html>\n";
  }

  static String methodBadge(Operation operation) {
    String method = operation.method().name();
    return "<span class=\"method m-" + method.toLowerCase(Locale.ROOT) + "\">" + method + "</span>";
  }

  /** The summary, else the operation id. */
  static String label(Operation operation) {
    return operation.summary() == null || operation.summary().isBlank() ? operation.operationId() : operation.summary();
  }

  /** A type as a short label, model names linked to the models section of the index. */
  String typeLabel(TypeRef type) {
    if (type instanceof TypeRef.Primitive primitive) {
      return escape(TypeLabels.primitive(primitive.kind()));
    }
    if (type instanceof TypeRef.ArrayOf array) {
      return "array of " + typeLabel(array.items());
    }
    if (type instanceof TypeRef.MapOf map) {
      return "map of " + typeLabel(map.values());
    }
    if (type instanceof TypeRef.Named named) {
      return "<a href=\"" + INDEX + "#" + layout.modelAnchor(named.name()) + "\">" + escape(named.name()) + "</a>";
    }
    return "any JSON";
  }

  static boolean isText(TypeRef type) {
    return type instanceof TypeRef.Primitive p && p.kind() == PrimitiveType.STRING;
  }
}
