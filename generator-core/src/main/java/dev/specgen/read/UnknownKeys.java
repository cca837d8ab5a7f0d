package dev.specgen.read;

import dev.specgen.diag.Diagnostics;
import dev.specgen.load.ListNode;
import dev.specgen.load.MapNode;
import dev.specgen.load.Node;
import dev.specgen.load.RefResolver;
import dev.specgen.read.SpecFieldTable.Child;
import dev.specgen.read.SpecFieldTable.Kind;
import dev.specgen.read.SpecFieldTable.ObjectFields;
import java.util.ArrayDeque;
import java.util.Deque;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Warns about every key of a spec object that the OpenAPI specification does not define for that
 * object (extensions, {@code x-...}, are always allowed), naming the nearest defined field:
 * "{@code `paramters` is not a field of an Operation; did you mean `parameters`?}".
 *
 * <p>A pass of its own over the raw document, before it is read, so that a typo is reported even
 * where the reader never looks (an unused component, a field it does not read). It follows
 * {@code $ref}s into other files; a reference it cannot follow is left to the reader, which
 * reports it where it matters.
 */
final class UnknownKeys {

  private final RefResolver quietRefs;
  private final Diagnostics diagnostics;
  private final Map<Kind, Set<Node>> visited = new EnumMap<>(Kind.class);
  private final Deque<Visit> pending = new ArrayDeque<>();
  private Path rootFile;

  /**
   * @param quietRefs a resolver whose own diagnostics are discarded
   * @param diagnostics where the warnings go
   */
  UnknownKeys(RefResolver quietRefs, Diagnostics diagnostics) {
    this.quietRefs = quietRefs;
    this.diagnostics = diagnostics;
  }

  /** Checks the whole document whose root is {@code root}. */
  void check(Node root) {
    rootFile = root.location().file();
    // A work list rather than recursion: specs nest deeply (long $ref chains, deep schemas).
    pending.push(new Visit(root, Kind.OPENAPI));
    while (!pending.isEmpty()) {
      Visit next = pending.pop();
      visit(next.node(), next.kind());
    }
  }

  /** A node still to be checked as an object of {@code kind}. */
  private record Visit(Node node, Kind kind) {}

  private void visit(Node node, Kind kind) {
    if (!(node instanceof MapNode map) || !firstVisit(map, kind)) {
      return;
    }
    Optional<String> ref = RefResolver.refOf(map);
    boolean refIsField = kind == Kind.SCHEMA || kind == Kind.PATH_ITEM;
    checkKeys(map, ref.isPresent() && !refIsField ? Kind.REFERENCE : kind, ref.isPresent());
    if (ref.isPresent() && reachesBeyondTheRoot(map, ref.get())) {
      quietRefs.follow(map, ref.get()).ifPresent(target -> pending.push(new Visit(target, kind)));
    }
    if (ref.isEmpty() || refIsField) {
      visitChildren(map, SpecFieldTable.fieldsOf(kind));
    }
  }

  private boolean firstVisit(MapNode map, Kind kind) {
    return visited.computeIfAbsent(kind, k -> Collections.newSetFromMap(new IdentityHashMap<>()))
        .add(map);
  }

  /**
   * Whether a reference may lead outside the root document, which is walked as a whole anyway:
   * it names another file, or is written in one.
   */
  private boolean reachesBeyondTheRoot(MapNode holder, String ref) {
    return !ref.startsWith("#") || !holder.location().file().equals(rootFile);
  }

  /** @param beside a {@code $ref}: the Reference's own fields are allowed too */
  private void checkKeys(MapNode map, Kind kind, boolean beside) {
    ObjectFields fields = SpecFieldTable.fieldsOf(kind);
    if (fields.patterned().isPresent()) {
      return; // keys are paths, status codes or expressions, which the reader checks
    }
    Set<String> referenceFields = SpecFieldTable.fieldsOf(Kind.REFERENCE).fields();
    for (String key : map.entries().keySet()) {
      boolean known = fields.fields().contains(key) || beside && referenceFields.contains(key);
      if (!key.startsWith("x-") && !known) {
        diagnostics.warning(map.keyLocation(key), message(key, kind, fields.fields()));
      }
    }
  }

  private static String message(String key, Kind kind, Set<String> fields) {
    String start = "`" + key + "` is not a field of " + kind.described();
    return NearestName.among(key, fields)
        .map(nearest -> start + "; did you mean `" + nearest + "`?")
        .orElse(start + "; it is ignored");
  }

  private void visitChildren(MapNode map, ObjectFields fields) {
    map.entries().forEach((key, value) -> {
      if (key.startsWith("x-")) {
        return;
      }
      if (fields.patterned().isPresent()) {
        pending.push(new Visit(value, fields.patterned().get()));
        return;
      }
      Child child = fields.children().get(key);
      if (child != null) {
        visitChild(value, child);
      }
    });
  }

  private void visitChild(Node value, Child child) {
    switch (child.shape()) {
      case ONE -> pending.push(new Visit(value, child.kind()));
      case ONE_OR_LIST, LIST -> {
        if (value instanceof ListNode list) {
          list.items().forEach(item -> pending.push(new Visit(item, child.kind())));
        } else if (child.shape() == SpecFieldTable.Shape.ONE_OR_LIST) {
          pending.push(new Visit(value, child.kind()));
        }
      }
      case MAP -> {
        if (value instanceof MapNode map) {
          map.entries().values().forEach(item -> pending.push(new Visit(item, child.kind())));
        }
      }
    }
  }
}
