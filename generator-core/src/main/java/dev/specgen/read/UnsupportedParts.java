package dev.specgen.read;

import dev.specgen.diag.Diagnostics;
import dev.specgen.diag.Location;
import dev.specgen.ir.MediaKind;
import dev.specgen.ir.MediaType;
import dev.specgen.ir.Operation;
import dev.specgen.ir.Response;
import dev.specgen.load.MapNode;
import dev.specgen.load.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds what the client cannot generate for an operation (a body in XML, a request body that is an
 * event stream, callbacks) and reports each as a located warning naming the operation and what it
 * leaves out, so that nothing is dropped silently.
 */
final class UnsupportedParts {

  private final Diagnostics diagnostics;

  UnsupportedParts(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /** {@code read} with the parts its spec node declares but the client leaves out. */
  Operation check(MapNode node, Operation read) {
    List<String> dropped = new ArrayList<>();
    read.requestBody().ifPresent(body -> body.content().stream()
        .filter(media -> media.kind() == MediaKind.UNSUPPORTED || media.kind() == MediaKind.EVENT_STREAM)
        .forEach(media -> drop(read, dropped, contentLocation(node, Optional.empty(), media),
            "the request body in " + media.mediaType())));
    for (Response response : read.responses()) {
      response.content().stream()
          .filter(media -> media.kind() == MediaKind.UNSUPPORTED)
          .forEach(media -> drop(read, dropped, contentLocation(node, Optional.of(response.status()), media),
              "the " + response.status() + " response in " + media.mediaType()));
    }
    if (node.has("callbacks")) {
      drop(read, dropped, node.keyLocation("callbacks"), "its callbacks");
    }
    if (dropped.isEmpty()) {
      return read;
    }
    return new Operation(read.operationId(), read.javaName(), read.method(), read.path(), read.summary(),
        read.description(), read.tags(), read.deprecated(), read.requiredScopes(), read.security(),
        read.parameters(), read.requestBody(), read.responses(), read.pagination(), read.origin(), dropped);
  }

  private void drop(Operation operation, List<String> dropped, Location location, String part) {
    dropped.add(part);
    diagnostics.warning(location, "operation '" + operation.operationId() + "': the client leaves out "
        + part + " (not supported)");
  }

  /** Where the media type is written: its key under {@code content}, else the operation. */
  private static Location contentLocation(MapNode operation, Optional<String> status, MediaType media) {
    Optional<Node> holder = status.isEmpty()
        ? operation.get("requestBody")
        : operation.get("responses").filter(MapNode.class::isInstance)
            .flatMap(responses -> ((MapNode) responses).get(status.get()));
    return holder.filter(MapNode.class::isInstance)
        .flatMap(h -> ((MapNode) h).get("content"))
        .filter(MapNode.class::isInstance)
        .map(content -> ((MapNode) content).keyLocation(media.mediaType()))
        .orElse(operation.location());
  }
}
