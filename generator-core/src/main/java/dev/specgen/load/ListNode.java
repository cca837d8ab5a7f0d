package dev.specgen.load;

import dev.specgen.diag.Location;
import java.util.List;

/** A YAML sequence or JSON array. */
public final class ListNode implements Node {

  private final Location location;
  private final List<Node> items;

  ListNode(Location location, List<Node> items) {
    this.location = location;
    this.items = List.copyOf(items);
  }

  @Override
  public Location location() {
    return location;
  }

  @Override
  public String kindName() {
    return "a list";
  }

  public List<Node> items() {
    return items;
  }

  @Override
  public String toString() {
    return "ListNode(" + items.size() + ") at " + location;
  }
}
