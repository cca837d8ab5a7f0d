package dev.specgen.read;

import dev.specgen.ir.JsonValue;
import dev.specgen.load.ListNode;
import dev.specgen.load.MapNode;
import dev.specgen.load.Node;
import dev.specgen.load.ScalarNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Converts raw nodes (examples, defaults) to plain JSON values. */
final class JsonValues {

  /** Deeper literal values are cut off: examples this deep are never useful and aliases could loop. */
  private static final int MAX_DEPTH = 64;

  private JsonValues() {}

  static JsonValue of(Node node) {
    return new JsonValue(plain(node, 0));
  }

  private static Object plain(Node node, int depth) {
    if (depth > MAX_DEPTH) {
      return null;
    }
    if (node instanceof ScalarNode scalar) {
      return scalar.value() instanceof Double ? scalar.text() : scalar.value();
    }
    if (node instanceof ListNode list) {
      List<Object> items = new ArrayList<>();
      list.items().forEach(item -> items.add(plain(item, depth + 1)));
      return items;
    }
    Map<String, Object> map = new LinkedHashMap<>();
    ((MapNode) node).entries().forEach((k, v) -> map.put(k, plain(v, depth + 1)));
    return map;
  }
}
