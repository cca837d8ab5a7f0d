package dev.specgen.load;

import dev.specgen.diag.Location;

/**
 * A node of a loaded spec document: a mapping, a sequence or a scalar, each knowing where it was
 * written. This is the raw tree; {@code $ref}s are still in it and are followed by {@link
 * RefResolver}.
 */
public sealed interface Node permits MapNode, ListNode, ScalarNode {

  /** Where the node starts, with its JSON pointer. */
  Location location();

  /** A short word for the node's kind, for messages ("a mapping", "a list", "a string"). */
  String kindName();
}
