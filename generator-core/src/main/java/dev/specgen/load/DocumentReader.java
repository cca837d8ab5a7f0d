package dev.specgen.load;

import dev.specgen.diag.Diagnostics;
import dev.specgen.diag.Location;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Reads one YAML or JSON file into a located {@link Node} tree.
 *
 * <p>The tree is built from the parser's event stream with an explicit stack rather than by
 * recursion, so deep nesting is refused with a located error instead of overflowing the stack.
 * Nothing is ever instantiated from a tag: the result only holds maps, lists and plain values.
 */
public final class DocumentReader {

  private final LoaderLimits limits;

  public DocumentReader(LoaderLimits limits) {
    this.limits = limits;
  }

  /** Reads {@code file}; on failure reports located errors and returns empty. */
  public Optional<Node> read(Path file, Diagnostics diagnostics) {
    Location whole = Location.ofFile(file);
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > limits.maxFileBytes()) {
        diagnostics.error(whole, "file is " + size + " bytes, over the limit of "
            + limits.maxFileBytes() + " bytes");
        return Optional.empty();
      }
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      diagnostics.error(whole, "file not found");
      return Optional.empty();
    } catch (IOException e) {
      diagnostics.error(whole, "cannot read file: " + e.getMessage());
      return Optional.empty();
    }
    return parse(file, bytes, diagnostics);
  }

  /** Parses {@code bytes} as the content of {@code file}. */
  public Optional<Node> parse(Path file, byte[] bytes, Diagnostics diagnostics) {
    LoadSettings settings = LoadSettings.builder()
        .setLabel(file.toString())
        .setCodePointLimit((int) Math.min(Integer.MAX_VALUE, Math.max(limits.maxFileBytes(), 1)))
        .setAllowDuplicateKeys(true) // reported by TreeBuilder with a location instead
        .build();
    TreeBuilder builder = new TreeBuilder(file, limits);
    try {
      for (Event event : new Parse(settings).parseInputStream(new ByteArrayInputStream(bytes))) {
        builder.accept(event);
      }
      return builder.result(diagnostics);
    } catch (TreeBuilder.LimitExceeded e) {
      diagnostics.error(e.location, e.getMessage());
    } catch (MarkedYamlEngineException e) {
      diagnostics.error(locate(file, e.getProblemMark()), "invalid YAML: " + describe(e));
    } catch (YamlEngineException e) {
      diagnostics.error(Location.ofFile(file), "invalid YAML: " + e.getMessage());
    }
    return Optional.empty();
  }

  private static String describe(MarkedYamlEngineException e) {
    String problem = e.getProblem() == null ? "" : e.getProblem().strip();
    String context = e.getContext() == null ? "" : e.getContext().strip();
    return context.isEmpty() ? problem : problem + " (" + context + ")";
  }

  static Location locate(Path file, Optional<Mark> mark) {
    return mark.map(m -> Location.at(file, m.getLine() + 1, m.getColumn() + 1, ""))
        .orElse(Location.ofFile(file));
  }

  /** Turns parser events into nodes, enforcing the depth and expanded-size limits. */
  private static final class TreeBuilder {

    private final Path file;
    private final LoaderLimits limits;
    private final Deque<Frame> stack = new ArrayDeque<>();
    private final Map<String, Node> anchors = new HashMap<>();
    private final Map<Node, Long> weights = new HashMap<>();
    private final Map<Node, Integer> levels = new HashMap<>();
    private final List<String> problems = new ArrayList<>();
    private final Diagnostics local = new Diagnostics();
    private Node root;
    private int documents;
    private long expandedNodes;

    TreeBuilder(Path file, LoaderLimits limits) {
      this.file = file;
      this.limits = limits;
    }

    void accept(Event event) {
      switch (event.getEventId()) {
        case DocumentStart -> {
          if (++documents > 1) {
            throw new LimitExceeded(locate(file, event.getStartMark()),
                "a spec file must hold exactly one YAML document");
          }
        }
        case MappingStart -> open(event, true);
        case SequenceStart -> open(event, false);
        case MappingEnd, SequenceEnd -> close();
        case Scalar -> scalar((ScalarEvent) event);
        case Alias -> alias((AliasEvent) event);
        default -> { }
      }
    }

    Optional<Node> result(Diagnostics diagnostics) {
      diagnostics.addAll(local);
      if (root == null) {
        diagnostics.error(Location.ofFile(file), "the file is empty");
        return Optional.empty();
      }
      return local.hasErrors() ? Optional.empty() : Optional.of(root);
    }

    private void open(Event event, boolean mapping) {
      Location location = childLocation(event);
      if (stack.size() >= limits.maxDepth()) {
        throw new LimitExceeded(location,
            "nesting is deeper than the limit of " + limits.maxDepth() + " levels");
      }
      count(1);
      ((CollectionStartEvent) event).getTag()
          .ifPresent(tag -> TaggedScalars.checkCollectionTag(tag, mapping, location, local));
      stack.push(new Frame(location, mapping, anchorOf(event)));
    }

    private void close() {
      Frame frame = stack.pop();
      Node node = frame.build();
      weights.put(node, frame.weight);
      levels.put(node, frame.levels);
      frame.anchor.ifPresent(a -> anchors.put(a.getValue(), node));
      attach(node, frame.weight, frame.levels);
    }

    private void scalar(ScalarEvent event) {
      Frame parent = stack.peek();
      if (parent != null && parent.mapping && parent.pendingKey == null) {
        parent.takeKey(event.getValue(), locate(file, event.getStartMark()), local);
        return;
      }
      Location location = childLocation(event);
      count(1);
      Node node = new ScalarNode(location, typedValue(event, location), event.getValue());
      event.getAnchor().ifPresent(a -> anchors.put(a.getValue(), node));
      weights.put(node, 1L);
      attach(node, 1, 0);
    }

    private void alias(AliasEvent event) {
      Location location = locate(file, event.getStartMark());
      Node target = anchors.get(event.getAlias().getValue());
      if (target == null) {
        throw new LimitExceeded(location, "unknown alias '*" + event.getAlias().getValue() + "'");
      }
      Frame parent = stack.peek();
      if (parent != null && parent.mapping && parent.pendingKey == null) {
        throw new LimitExceeded(location, "an alias cannot be used as a mapping key");
      }
      // An alias repeats a finished subtree here, which can nest it deeper than the limit.
      int targetLevels = levels.getOrDefault(target, 0);
      if (stack.size() + targetLevels > limits.maxDepth()) {
        throw new LimitExceeded(childLocation(event),
            "nesting is deeper than the limit of " + limits.maxDepth() + " levels");
      }
      long weight = weights.getOrDefault(target, 1L);
      count(weight);
      attach(target, weight, targetLevels);
    }

    private void count(long nodes) {
      expandedNodes += nodes;
      if (expandedNodes > limits.maxNodes()) {
        Location where = stack.isEmpty() ? Location.ofFile(file) : stack.peek().location;
        throw new LimitExceeded(where, "the document expands to more than " + limits.maxNodes()
            + " nodes (aliases that multiply content are refused)");
      }
    }

    private void attach(Node node, long weight, int nodeLevels) {
      Frame parent = stack.peek();
      if (parent == null) {
        root = node;
      } else {
        parent.add(node, weight, nodeLevels);
      }
    }

    private Object typedValue(ScalarEvent event, Location location) {
      Optional<String> tag = event.getTag();
      if (tag.isPresent()) {
        // "!" is the non-specific tag: it makes a scalar a string, whatever it looks like
        return "!".equals(tag.get())
            ? event.getValue()
            : TaggedScalars.resolve(tag.get(), event.getValue(), location, local);
      }
      return event.isPlain() ? CoreSchemaScalars.resolvePlain(event.getValue()) : event.getValue();
    }

    private Optional<Anchor> anchorOf(Event event) {
      return event instanceof NodeEvent nodeEvent ? nodeEvent.getAnchor() : Optional.empty();
    }

    /** The location of the node an event starts, with the pointer it will have. */
    private Location childLocation(Event event) {
      Location at = locate(file, event.getStartMark());
      Frame parent = stack.peek();
      String pointer = parent == null ? "" : parent.childPointer();
      return at.withPointer(pointer);
    }

    /** A mapping or list under construction. */
    private static final class Frame {
      final Location location;
      final boolean mapping;
      final Optional<Anchor> anchor;
      final LinkedHashMap<String, Node> entries = new LinkedHashMap<>();
      final Map<String, Location> keyLocations = new HashMap<>();
      final List<Node> items = new ArrayList<>();
      String pendingKey;
      long weight = 1;
      int levels = 1; // this collection and the deepest chain of collections inside it

      Frame(Location location, boolean mapping, Optional<Anchor> anchor) {
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
          throw new LimitExceeded(location, "mapping keys must be plain scalars");
        }
        return JsonPointers.child(location.pointer(), pendingKey);
      }

      void takeKey(String key, Location keyLocation, Diagnostics diagnostics) {
        if (entries.containsKey(key)) {
          diagnostics.error(keyLocation, "duplicate key '" + key + "'");
        }
        pendingKey = key;
        keyLocations.putIfAbsent(key, keyLocation.withPointer(JsonPointers.child(location.pointer(), key)));
      }

      void add(Node node, long childWeight, int childLevels) {
        weight += childWeight;
        levels = Math.max(levels, childLevels + 1);
        if (mapping) {
          entries.putIfAbsent(pendingKey, node);
          pendingKey = null;
        } else {
          items.add(node);
        }
      }

      Node build() {
        return mapping ? new MapNode(location, entries, keyLocations) : new ListNode(location, items);
      }
    }

    /** Stops reading: the input is too large, too deep, or structurally unusable. */
    static final class LimitExceeded extends RuntimeException {
      final Location location;

      LimitExceeded(Location location, String message) {
        super(message, null, false, false);
        this.location = location;
      }
    }
  }
}
