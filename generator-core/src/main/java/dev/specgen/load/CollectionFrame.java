package dev.specgen.load;

import dev.specgen.diag.Diagnostics;
import dev.specgen.diag.Location;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.common.Anchor;

/**
 * A mapping or list under construction while a document is read, by the YAML and the JSON reader
 * alike: its entries or items so far, the key waiting for its value, and YAML merge keys.
 */
final class CollectionFrame {
  final Location location;
  final boolean mapping;
  final Optional<Anchor> anchor;
  final LinkedHashMap<String, Node> entries = new LinkedHashMap<>();
  final Map<String, Location> keyLocations = new HashMap<>();
  final List<Node> items = new ArrayList<>();
  final List<Node> mergeSources = new ArrayList<>();
  Location mergeKeyLocation;
  String pendingKey;
  String pendingPointer; // the pointer of pendingKey's value, built once for its key and its value
  boolean pendingIsMerge;
  long weight = 1;
  int levels = 1; // this collection and the deepest chain of collections inside it

  CollectionFrame(Location location, boolean mapping, Optional<Anchor> anchor) {
    this.location = location;
    this.mapping = mapping;
    this.anchor = anchor;
  }

  String childPointer() {
    if (!mapping) {
      return JsonPointers.child(location.pointer(), items.size());
    }
    if (pendingKey == null) {
      // A collection where a key is expected: complex keys are refused when they arrive.
      throw new ReadStopped(location, "mapping keys must be plain scalars");
    }
    return pendingPointer;
  }

  void takeKey(String key, Location keyLocation, Diagnostics diagnostics) {
    if (entries.containsKey(key)) {
      diagnostics.error(keyLocation, "duplicate key '" + key + "'");
    }
    pendingKey = key;
    pendingPointer = JsonPointers.child(location.pointer(), key);
    keyLocations.putIfAbsent(key, keyLocation.withPointer(pendingPointer));
  }

  void add(Node node, long childWeight, int childLevels) {
    weight += childWeight;
    levels = Math.max(levels, childLevels + 1);
    if (mapping && pendingIsMerge) {
      mergeSources.add(node);
      Location written = keyLocations.remove(pendingKey); // "<<" is no key of the result
      mergeKeyLocation = mergeKeyLocation == null ? written : mergeKeyLocation;
      pendingKey = null;
      pendingIsMerge = false;
    } else if (mapping) {
      entries.putIfAbsent(pendingKey, node);
      pendingKey = null;
    } else {
      items.add(node);
    }
  }

  Node build(Diagnostics diagnostics) {
    if (!mapping) {
      return new ListNode(location, items);
    }
    if (!mergeSources.isEmpty()) {
      MergeKeys.merge(mergeSources, entries, keyLocations, diagnostics);
    }
    return new MapNode(location, entries, keyLocations);
  }
}

