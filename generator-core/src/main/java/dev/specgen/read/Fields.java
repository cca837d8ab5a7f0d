package dev.specgen.read;

import dev.specgen.diag.Diagnostics;
import dev.specgen.load.ListNode;
import dev.specgen.load.MapNode;
import dev.specgen.load.Node;
import dev.specgen.load.ScalarNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Typed access to the fields of a spec object. A field of the wrong kind is reported where it
 * stands and treated as absent, so one mistake never hides the rest.
 */
final class Fields {

  private final Diagnostics diagnostics;

  Fields(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  Optional<String> string(MapNode map, String key) {
    Optional<Node> node = map.get(key);
    if (node.isEmpty() || node.get() instanceof ScalarNode s && s.isNull()) {
      return Optional.empty();
    }
    if (node.get() instanceof ScalarNode scalar && scalar.isString()) {
      return Optional.of(scalar.text());
    }
    wrongKind(node.get(), key, "a string");
    return Optional.empty();
  }

  String stringOr(MapNode map, String key, String fallback) {
    return string(map, key).orElse(fallback);
  }

  Optional<Boolean> bool(MapNode map, String key) {
    Optional<Node> node = map.get(key);
    if (node.isEmpty()) {
      return Optional.empty();
    }
    if (node.get() instanceof ScalarNode scalar && scalar.isBoolean()) {
      return Optional.of((Boolean) scalar.value());
    }
    wrongKind(node.get(), key, "true or false");
    return Optional.empty();
  }

  boolean flag(MapNode map, String key) {
    return bool(map, key).orElse(false);
  }

  Optional<MapNode> map(MapNode map, String key) {
    Optional<Node> node = map.get(key);
    if (node.isEmpty()) {
      return Optional.empty();
    }
    if (node.get() instanceof MapNode child) {
      return Optional.of(child);
    }
    wrongKind(node.get(), key, "a mapping");
    return Optional.empty();
  }

  Optional<ListNode> list(MapNode map, String key) {
    Optional<Node> node = map.get(key);
    if (node.isEmpty()) {
      return Optional.empty();
    }
    if (node.get() instanceof ListNode child) {
      return Optional.of(child);
    }
    wrongKind(node.get(), key, "a list");
    return Optional.empty();
  }

  /** A list of strings; items of another kind are reported and skipped. */
  List<String> strings(MapNode map, String key) {
    return strings(map, key, false);
  }

  /** Reports that {@code node}, the value of {@code key}, should have been {@code expected}. */
  void wrongKind(Node node, String key, String expected) {
    diagnostics.error(node.location(), "'" + key + "' must be " + expected + ", found " + node.kindName());
  }

  /** The node as a mapping, or an error saying what {@code what} should have been. */
  Optional<MapNode> asMap(Node node, String what) {
    if (node instanceof MapNode map) {
      return Optional.of(map);
    }
    diagnostics.error(node.location(), what + " must be a mapping, found " + node.kindName());
    return Optional.empty();
  }

  /**
   * A string, or a number or boolean read as the string it was written as, with a warning: specs
   * often write {@code default: 8080} where OpenAPI asks for a string, and the intent is clear.
   */
  Optional<String> stringOrScalar(MapNode map, String key) {
    Optional<Node> node = map.get(key);
    if (node.isPresent() && node.get() instanceof ScalarNode scalar
        && (scalar.isNumber() || scalar.isBoolean())) {
      diagnostics.warning(scalar.location(), "'" + key + "' must be a string, found "
          + scalar.kindName() + "; it is read as the string \"" + scalar.text() + "\"");
      return Optional.of(scalar.text());
    }
    return string(map, key);
  }

  /** Like {@link #strings}, but numbers and booleans are read as strings, with a warning. */
  List<String> stringsOrScalars(MapNode map, String key) {
    return strings(map, key, true);
  }

  private List<String> strings(MapNode map, String key, boolean scalarsAsStrings) {
    List<String> values = new ArrayList<>();
    list(map, key).ifPresent(list -> {
      for (Node item : list.items()) {
        if (item instanceof ScalarNode scalar && scalar.isString()) {
          values.add(scalar.text());
        } else if (scalarsAsStrings && item instanceof ScalarNode scalar
            && (scalar.isNumber() || scalar.isBoolean())) {
          diagnostics.warning(item.location(), "expected a string in '" + key + "', found "
              + item.kindName() + "; it is read as the string \"" + scalar.text() + "\"");
          values.add(scalar.text());
        } else {
          diagnostics.error(item.location(), "expected a string in '" + key + "', found " + item.kindName());
        }
      }
    });
    return values;
  }
}
