package dev.specgen.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Compares JSON documents as trees: object members in any order, numbers by value ({@code 1.50}
 * equals {@code 1.5}, an int equals the same long), everything else exactly. A failure names the
 * path of the first difference.
 */
public final class JsonTrees {

  /** Equal numbers compare as 0 whatever their Java type or scale; other nodes by equality. */
  public static final Comparator<JsonNode> NUMERIC = (a, b) -> {
    if (a.isNumber() && b.isNumber()) {
      return a.decimalValue().compareTo(b.decimalValue());
    }
    return a.equals(b) ? 0 : 1;
  };

  private JsonTrees() {}

  /** Whether {@code expected} and {@code actual} are the same JSON, numbers compared by value. */
  public static boolean same(JsonNode expected, JsonNode actual) {
    return expected.equals(NUMERIC, actual);
  }

  /** Fails with the path of the first difference unless the trees are {@link #same}. */
  public static void assertSame(JsonNode expected, JsonNode actual) {
    if (!same(expected, actual)) {
      throw new AssertionError("JSON differs at " + firstDifference("$", expected, actual)
          + "\nexpected: " + expected + "\nactual:   " + actual);
    }
  }

  /** Parses both texts with {@code mapper} and compares them with {@link #assertSame}. */
  public static void assertSame(ObjectMapper mapper, String expected, String actual) {
    try {
      assertSame(mapper.readTree(expected), mapper.readTree(actual));
    } catch (java.io.IOException e) {
      throw new AssertionError("not JSON: " + e.getMessage(), e);
    }
  }

  /** Adds {@code name: value} to every object in {@code tree}, nested ones included. */
  public static void addToEveryObject(JsonNode tree, String name, JsonNode value) {
    if (tree instanceof ObjectNode object) {
      List<JsonNode> children = new ArrayList<>();
      object.elements().forEachRemaining(children::add);
      children.forEach(child -> addToEveryObject(child, name, value));
      object.set(name, value.deepCopy());
    } else if (tree instanceof ArrayNode array) {
      array.elements().forEachRemaining(child -> addToEveryObject(child, name, value));
    }
  }

  private static String firstDifference(String path, JsonNode expected, JsonNode actual) {
    if (expected == null || actual == null || expected.getNodeType() != actual.getNodeType()) {
      return path + " (" + kind(expected) + " vs " + kind(actual) + ")";
    }
    if (expected.isObject()) {
      for (Map.Entry<String, JsonNode> field : expected.properties()) {
        if (!field.getValue().equals(NUMERIC, actual.get(field.getKey()))) {
          return firstDifference(path + "." + field.getKey(), field.getValue(), actual.get(field.getKey()));
        }
      }
      List<String> extra = new ArrayList<>();
      actual.fieldNames().forEachRemaining(n -> {
        if (!expected.has(n)) {
          extra.add(n);
        }
      });
      return path + " (unexpected members " + extra + ")";
    }
    if (expected.isArray()) {
      for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
        if (!expected.get(i).equals(NUMERIC, actual.get(i))) {
          return firstDifference(path + "[" + i + "]", expected.get(i), actual.get(i));
        }
      }
      return path + " (size " + expected.size() + " vs " + actual.size() + ")";
    }
    return path;
  }

  private static String kind(JsonNode node) {
    return node == null ? "missing" : node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
  }
}
