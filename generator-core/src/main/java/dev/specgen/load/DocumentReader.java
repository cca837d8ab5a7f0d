package dev.specgen.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.specgen.diag.Diagnostics;
import dev.specgen.diag.Location;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
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

  /**
   * Parses {@code bytes} as the content of {@code file}: as JSON when the file is named
   * {@code .json} or its content starts with <code>{</code>, otherwise as YAML. Content that starts
   * with <code>{</code> but is not JSON is read as YAML (a flow mapping) when the file is not named
   * {@code .json}.
   */
  public Optional<Node> parse(Path file, byte[] bytes, Diagnostics diagnostics) {
    boolean namedJson = file.toString().toLowerCase(Locale.ROOT).endsWith(".json");
    if (!namedJson && !startsWithBrace(bytes)) {
      return parseYaml(file, bytes, diagnostics);
    }
    Optional<String> decoded = strictUtf8(bytes);
    if (decoded.isEmpty()) {
      diagnostics.error(Location.ofFile(file), "the file is not valid UTF-8 (JSON must be UTF-8)");
      return Optional.empty();
    }
    String text = decoded.get();
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1); // a byte order mark is not part of the document
    }
    try {
      return new JsonTreeReader(file, limits).read(text, diagnostics);
    } catch (JsonProcessingException e) {
      if (!namedJson) {
        return parseYaml(file, bytes, diagnostics);
      }
      diagnostics.error(JsonTreeReader.locate(file, e), "invalid JSON: " + e.getOriginalMessage());
      return Optional.empty();
    }
  }

  /** The text of UTF-8 {@code bytes}, or empty when they are not valid UTF-8. */
  private static Optional<String> strictUtf8(byte[] bytes) {
    try {
      return Optional.of(StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  /** Whether the first character other than white space (or a byte order mark) is an opening brace. */
  private static boolean startsWithBrace(byte[] bytes) {
    for (int i = 0; i < bytes.length; i++) {
      int b = bytes[i] & 0xFF;
      boolean skipped = b == ' ' || b == '\t' || b == '\r' || b == '\n'
          || (i < 3 && (b == 0xEF || b == 0xBB || b == 0xBF));
      if (!skipped) {
        return b == '{';
      }
    }
    return false;
  }

  /** Parses {@code bytes} as YAML, whatever they look like. */
  Optional<Node> parseYaml(Path file, byte[] bytes, Diagnostics diagnostics) {
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
    } catch (ReadStopped e) {
      diagnostics.error(e.location(), e.getMessage());
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
    private final Deque<CollectionFrame> stack = new ArrayDeque<>();
    private final Map<String, Node> anchors = new HashMap<>();
    private final Map<Node, Long> weights = new HashMap<>();
    private final Map<Node, Integer> levels = new HashMap<>();
    private final List<String> problems = new ArrayList<>();
    private final Diagnostics local = new Diagnostics();
    private Node root;
    private int documents;
    private long expandedNodes;
    private boolean mergeKeysNoted; // the note is made once per file, at the first merge key

    TreeBuilder(Path file, LoaderLimits limits) {
      this.file = file;
      this.limits = limits;
    }

    void accept(Event event) {
      switch (event.getEventId()) {
        case DocumentStart -> {
          if (++documents > 1) {
            throw new ReadStopped(locate(file, event.getStartMark()),
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
        throw new ReadStopped(location,
            "nesting is deeper than the limit of " + limits.maxDepth() + " levels");
      }
      count(1);
      ((CollectionStartEvent) event).getTag()
          .ifPresent(tag -> TaggedScalars.checkCollectionTag(tag, mapping, location, local));
      stack.push(new CollectionFrame(location, mapping, anchorOf(event)));
    }

    private void close() {
      CollectionFrame frame = stack.pop();
      if (frame.mergeKeyLocation != null && !mergeKeysNoted) {
        mergeKeysNoted = true;
        local.warning(frame.mergeKeyLocation, MergeKeys.NOTE);
      }
      Node node = frame.build(local);
      weights.put(node, frame.weight);
      levels.put(node, frame.levels);
      frame.anchor.ifPresent(a -> anchors.put(a.getValue(), node));
      attach(node, frame.weight, frame.levels);
    }

    private void scalar(ScalarEvent event) {
      CollectionFrame parent = stack.peek();
      if (parent != null && parent.mapping && parent.pendingKey == null) {
        parent.takeKey(event.getValue(), locate(file, event.getStartMark()), local);
        parent.pendingIsMerge = event.isPlain() && event.getValue().equals(MergeKeys.KEY);
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
        throw new ReadStopped(location, "unknown alias '*" + event.getAlias().getValue() + "'");
      }
      CollectionFrame parent = stack.peek();
      if (parent != null && parent.mapping && parent.pendingKey == null) {
        throw new ReadStopped(location, "an alias cannot be used as a mapping key");
      }
      // An alias repeats a finished subtree here, which can nest it deeper than the limit.
      int targetLevels = levels.getOrDefault(target, 0);
      if (stack.size() + targetLevels > limits.maxDepth()) {
        throw new ReadStopped(childLocation(event),
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
        throw new ReadStopped(where, "the document expands to more than " + limits.maxNodes()
            + " nodes (aliases that multiply content are refused)");
      }
    }

    private void attach(Node node, long weight, int nodeLevels) {
      CollectionFrame parent = stack.peek();
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
      CollectionFrame parent = stack.peek();
      String pointer = parent == null ? "" : parent.childPointer();
      return at.withPointer(pointer);
    }
  }
}
