package dev.specgen.load;

import dev.specgen.diag.Location;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A YAML mapping or JSON object. Keys keep the order in which they were written. */
public final class MapNode implements Node {

  private final Location location;
  private final Map<String, Node> entries;
  private final Map<String, Location> keyLocations;

  MapNode(Location location, LinkedHashMap<String, Node> entries, Map<String, Location> keys) {
    this.location = location;
    this.entries = Collections.unmodifiableMap(entries);
    this.keyLocations = Collections.unmodifiableMap(keys);
  }

  @Override
  public Location location() {
    return location;
  }

  @Override
  public String kindName() {
    return "a mapping";
  }

  /** Entries in document order. */
  public Map<String, Node> entries() {
    return entries;
  }

  public Optional<Node> get(String key) {
    return Optional.ofNullable(entries.get(key));
  }

  public boolean has(String key) {
    return entries.containsKey(key);
  }

  /**
   * The same mapping, located at {@code newLocation}: an operation is reported where its method
   * key ({@code get:}) is written, not at its own first key.
   */
  public MapNode locatedAt(Location newLocation) {
    return new MapNode(newLocation, new LinkedHashMap<>(entries), keyLocations);
  }

  /** Where the given key was written (falls back to the mapping itself). */
  public Location keyLocation(String key) {
    return keyLocations.getOrDefault(key, location);
  }

  /** The value of a scalar entry as text, if the entry exists and is a non-null scalar. */
  public Optional<String> text(String key) {
    Node node = entries.get(key);
    if (node instanceof ScalarNode scalar && scalar.value() != null) {
      return Optional.of(scalar.text());
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return "MapNode" + entries.keySet() + " at " + location;
  }
}
