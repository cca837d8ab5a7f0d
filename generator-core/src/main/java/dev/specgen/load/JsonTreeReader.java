package dev.specgen.load;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import dev.specgen.diag.Diagnostics;
import dev.specgen.diag.Location;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Reads a JSON document into the same located {@link Node} tree as the YAML reader builds, with
 * Jackson's streaming parser: JSON allows what YAML does not (tabs as indentation), and it is much
 * faster on large specs. Like the YAML reader it uses an explicit stack, enforces the same
 * limits, and reports duplicate keys where they are written, keeping the first value.
 */
final class JsonTreeReader {

  private final Path file;
  private final LoaderLimits limits;
  private final JsonFactory factory;
  private final Deque<CollectionFrame> stack = new ArrayDeque<>();
  private final Diagnostics local = new Diagnostics();
  private long nodes;

  JsonTreeReader(Path file, LoaderLimits limits) {
    this.file = file;
    this.limits = limits;
    int fileChars = (int) Math.min(Integer.MAX_VALUE, limits.maxFileBytes());
    this.factory = JsonFactory.builder()
        // Specs copied from editors sometimes hold raw tabs inside strings; YAML accepts them too.
        .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxStringLength(fileChars)
            .maxNumberLength(fileChars)
            .maxNestingDepth((int) Math.min(Integer.MAX_VALUE - 1L, limits.maxDepth() + 1L))
            .build())
        .build();
  }

  /**
   * Reads {@code text}; problems of content (limits, duplicate keys) are reported as located
   * diagnostics, while text that is not JSON at all throws, so the caller can decide whether to
   * report it or read the text as YAML.
   */
  Optional<Node> read(String text, Diagnostics diagnostics) throws JsonProcessingException {
    try (JsonParser parser = factory.createParser(text)) {
      Node root = tree(parser);
      if (root != null && parser.nextToken() != null) {
        local.error(locate(parser, ""), "a spec file must hold exactly one JSON document");
      }
      diagnostics.addAll(local);
      if (root == null) {
        diagnostics.error(Location.ofFile(file), "the file is empty");
        return Optional.empty();
      }
      return local.hasErrors() ? Optional.empty() : Optional.of(root);
    } catch (ReadStopped e) {
      diagnostics.addAll(local);
      diagnostics.error(e.location(), e.getMessage());
      return Optional.empty();
    } catch (JsonProcessingException e) {
      throw e;
    } catch (IOException e) { // a parser over a string does no I/O; kept as a located error anyway
      diagnostics.error(Location.ofFile(file), "cannot read JSON: " + e.getMessage());
      return Optional.empty();
    }
  }

  /** Builds the tree token by token; returns the root once it is complete (null if none). */
  private Node tree(JsonParser parser) throws IOException {
    JsonToken token;
    while ((token = parser.nextToken()) != null) {
      Node finished = switch (token) {
        case FIELD_NAME -> {
          CollectionFrame parent = stack.peek();
          parent.takeKey(parser.currentName(), locate(parser, ""), local);
          yield null;
        }
        case START_OBJECT, START_ARRAY -> {
          open(parser, token == JsonToken.START_OBJECT);
          yield null;
        }
        case END_OBJECT, END_ARRAY -> stack.pop().build(local);
        default -> scalar(parser, token);
      };
      if (finished != null) {
        if (stack.isEmpty()) {
          return finished;
        }
        stack.peek().add(finished, 1, 0);
      }
    }
    return null;
  }

  private void open(JsonParser parser, boolean mapping) {
    Location location = childLocation(parser);
    if (stack.size() >= limits.maxDepth()) {
      throw new ReadStopped(location, "nesting is deeper than the limit of " + limits.maxDepth() + " levels");
    }
    count();
    stack.push(new CollectionFrame(location, mapping, Optional.empty()));
  }

  private Node scalar(JsonParser parser, JsonToken token) throws IOException {
    Location location = childLocation(parser);
    count();
    String text = parser.getText();
    Object value = switch (token) {
      case VALUE_STRING -> text;
      case VALUE_TRUE -> Boolean.TRUE;
      case VALUE_FALSE -> Boolean.FALSE;
      case VALUE_NULL -> null;
      // numbers are typed exactly as the YAML reader types the same literal
      default -> CoreSchemaScalars.resolvePlain(text);
    };
    return new ScalarNode(location, value, text);
  }

  private void count() {
    if (++nodes > limits.maxNodes()) {
      Location where = stack.isEmpty() ? Location.ofFile(file) : stack.peek().location;
      throw new ReadStopped(where, "the document has more than " + limits.maxNodes() + " nodes");
    }
  }

  private Location childLocation(JsonParser parser) {
    CollectionFrame parent = stack.peek();
    return locate(parser, parent == null ? "" : parent.childPointer());
  }

  private Location locate(JsonParser parser, String pointer) {
    JsonLocation at = parser.currentTokenLocation();
    return Location.at(file, at.getLineNr(), at.getColumnNr(), pointer);
  }

  /** Where a syntax error was found. */
  static Location locate(Path file, JsonProcessingException e) {
    JsonLocation at = e.getLocation();
    return at == null || at.getLineNr() < 1
        ? Location.ofFile(file)
        : Location.at(file, at.getLineNr(), Math.max(1, at.getColumnNr()), "");
  }
}
