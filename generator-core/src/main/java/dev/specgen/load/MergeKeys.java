package dev.specgen.load;

import dev.specgen.diag.Diagnostics;
import dev.specgen.diag.Location;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * YAML 1.1 merge keys ({@code <<: *defaults}). YAML 1.2 dropped them, but hand-written specs use
 * them and their intent is clear, so they are merged as YAML 1.1 tools do, with a warning that the
 * spec depends on them: keys written in the mapping win over merged ones, and of several merged
 * mappings the first one that has a key wins.
 */
final class MergeKeys {

  /** The plain key that asks for a merge. */
  static final String KEY = "<<";

  /** The warning made at a file's first merge key. */
  static final String NOTE = "the spec depends on YAML merge keys ('<<'), which YAML 1.2 dropped; "
      + "they are merged as YAML 1.1 tools do";

  private MergeKeys() {}

  /**
   * Adds to {@code entries} the keys of {@code sources} (mappings, or lists of mappings) that it
   * does not have yet, keeping the mapping's own keys first.
   */
  static void merge(List<Node> sources, LinkedHashMap<String, Node> entries,
      Map<String, Location> keyLocations, Diagnostics diagnostics) {
    for (MapNode source : mappings(sources, diagnostics)) {
      source.entries().forEach((key, value) -> {
        if (entries.putIfAbsent(key, value) == null) {
          keyLocations.putIfAbsent(key, source.keyLocation(key));
        }
      });
    }
  }

  private static List<MapNode> mappings(List<Node> sources, Diagnostics diagnostics) {
    List<MapNode> mappings = new ArrayList<>();
    for (Node source : sources) {
      List<Node> candidates = source instanceof ListNode list ? list.items() : List.of(source);
      for (Node candidate : candidates) {
        if (candidate instanceof MapNode map) {
          mappings.add(map);
        } else {
          diagnostics.error(candidate.location(), "a merge key '<<' takes a mapping or a list of "
              + "mappings, found " + candidate.kindName());
        }
      }
    }
    return mappings;
  }
}
