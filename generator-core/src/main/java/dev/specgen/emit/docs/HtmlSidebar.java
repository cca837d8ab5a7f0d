package dev.specgen.emit.docs;

import dev.specgen.ir.Operation;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sidebar of operations, grouped by first tag in spec order, with a filter box.
 *
 * <p>The index always lists every operation. An operation page does too while the API is small;
 * above {@link #FULL_LIST_LIMIT} operations it lists only a window of its own tag's operations
 * around itself, with a link to the index: otherwise every page would repeat the whole list, and the
 * reference of an API with thousands of operations would grow with the square of their number. Each
 * entry's HTML is built once, when the sidebar is.
 */
final class HtmlSidebar {

  /** Up to this many operations, every page lists them all. */
  static final int FULL_LIST_LIMIT = 200;

  /** Above the limit, how many neighbours of the current operation its page lists on each side. */
  static final int NEIGHBOURS = 25;

  private static final String UNTAGGED = "Other operations";
  private static final String FILTER =
      "<input type=\"search\" id=\"filter\" placeholder=\"Filter operations\" aria-label=\"Filter operations\">\n";

  /** One tag's operations and, for each, its list item after {@code <li class="op-link}. */
  private record Group(String heading, List<Operation> operations, List<String> items) {}

  private final List<Group> groups = new ArrayList<>();
  private final Map<Operation, Group> groupOf = new IdentityHashMap<>();
  private final int operationCount;
  private final String fullList;

  HtmlSidebar(List<Operation> operations, HtmlLayout layout) {
    Map<String, Group> byTag = new LinkedHashMap<>();
    for (Operation operation : operations) {
      String tag = operation.tags().isEmpty() ? UNTAGGED : operation.tags().get(0);
      Group group = byTag.computeIfAbsent(tag, t -> new Group(heading(t), new ArrayList<>(), new ArrayList<>()));
      group.operations().add(operation);
      group.items().add(item(operation, layout));
      groupOf.put(operation, group);
    }
    groups.addAll(byTag.values());
    operationCount = operations.size();
    fullList = list(null);
  }

  /**
   * The sidebar of a page.
   *
   * @param current the operation the page documents, or null for the index
   * @return the {@code <nav>} element
   */
  String html(Operation current) {
    if (current == null) {
      return fullList;
    }
    return operationCount <= FULL_LIST_LIMIT ? list(current) : window(current);
  }

  private String list(Operation current) {
    StringBuilder out = new StringBuilder("<nav class=\"sidebar\" aria-label=\"Operations\">\n").append(FILTER);
    for (Group group : groups) {
      appendGroup(out, group, 0, group.operations().size(), current);
    }
    return out.append("</nav>\n").toString();
  }

  private String window(Operation current) {
    Group group = groupOf.get(current);
    int at = group.operations().indexOf(current);
    int from = Math.max(0, at - NEIGHBOURS);
    int to = Math.min(group.operations().size(), at + NEIGHBOURS + 1);
    StringBuilder out = new StringBuilder("<nav class=\"sidebar\" aria-label=\"Operations\">\n").append(FILTER)
        .append("<p class=\"all-operations\"><a href=\"").append(HtmlPage.INDEX).append("\">All ")
        .append(operationCount).append(" operations</a></p>\n");
    appendGroup(out, group, from, to, current);
    int hidden = group.operations().size() - (to - from);
    if (hidden > 0) {
      out.append("<p class=\"more-operations\">").append(hidden).append(" more in this tag: see <a href=\"")
          .append(HtmlPage.INDEX).append("\">the index</a></p>\n");
    }
    return out.append("</nav>\n").toString();
  }

  private static void appendGroup(StringBuilder out, Group group, int from, int to, Operation current) {
    out.append(group.heading());
    for (int i = from; i < to; i++) {
      out.append("<li class=\"op-link").append(group.operations().get(i) == current ? " current" : "")
          .append(group.items().get(i));
    }
    out.append("</ul></div>\n");
  }

  private static String heading(String tag) {
    return "<div class=\"tag-group\"><h2 class=\"tag\">" + HtmlPage.escape(tag) + "</h2>\n<ul>\n";
  }

  private static String item(Operation operation, HtmlLayout layout) {
    return "\"><a href=\"" + HtmlPage.escape(layout.page(operation)) + "\">" + HtmlPage.methodBadge(operation)
        + " <span class=\"op-name\">" + HtmlPage.escape(HtmlPage.label(operation)) + "</span></a></li>\n";
  }
}
