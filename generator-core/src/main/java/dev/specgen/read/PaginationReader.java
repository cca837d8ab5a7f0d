package dev.specgen.read;

import dev.specgen.diag.Diagnostics;
import dev.specgen.ir.Pagination;
import dev.specgen.ir.Parameter;
import dev.specgen.ir.TypeDef;
import dev.specgen.ir.TypeRef;
import dev.specgen.load.MapNode;
import dev.specgen.load.Node;
import dev.specgen.load.ScalarNode;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads the {@code x-pagination} extension of an operation (defined in {@code specs/README.md}).
 */
final class PaginationReader {

  private final Diagnostics diagnostics;
  private final Fields fields;
  private final PaginationPaths paths;

  /** @param types the named types defined so far, by name, in which the paths are resolved */
  PaginationReader(Diagnostics diagnostics, Function<String, Optional<TypeDef>> types) {
    this.diagnostics = diagnostics;
    this.fields = new Fields(diagnostics);
    this.paths = new PaginationPaths(diagnostics, types);
  }

  /**
   * The operation's pagination; {@code none} (with a located error) when the extension is
   * incomplete or its paths do not resolve in {@code page}, the success response's body.
   */
  Pagination read(MapNode operation, List<Parameter> parameters, Optional<TypeRef> page) {
    Optional<MapNode> extension = fields.map(operation, "x-pagination");
    if (extension.isEmpty()) {
      return Pagination.none();
    }
    Pagination pagination = read(extension.get(), parameters);
    if (pagination instanceof Pagination.None
        || paths.check(extension.get(), pagination, page, parameters)) {
      return pagination;
    }
    return Pagination.none();
  }

  private Pagination read(MapNode node, List<Parameter> parameters) {
    Optional<String> style = fields.string(node, "style");
    if (style.isEmpty()) {
      diagnostics.error(node.location(), "x-pagination needs a 'style' "
          + "(next-url, cursor, keyset, page-number or none)");
      return Pagination.none();
    }
    List<String> items = path(node, "items").orElse(List.of());
    return switch (style.get()) {
      case "none" -> Pagination.none();
      case "next-url" -> required(node, "nextUrl")
          .<Pagination>map(next -> new Pagination.NextUrl(items, next)).orElse(Pagination.none());
      case "cursor" -> cursor(node, items, parameters);
      case "keyset" -> keyset(node, items, parameters);
      case "page-number" -> pageNumber(node, items, parameters);
      default -> {
        diagnostics.error(node.get("style").get().location(), "unknown x-pagination style '"
            + style.get() + "' (expected next-url, cursor, keyset, page-number or none)");
        yield Pagination.none();
      }
    };
  }

  private Pagination cursor(MapNode node, List<String> items, List<Parameter> parameters) {
    Optional<List<String>> cursor = required(node, "cursor");
    Optional<String> parameter = parameter(node, "parameter", true, parameters);
    if (cursor.isEmpty() || parameter.isEmpty()) {
      return Pagination.none();
    }
    return new Pagination.Cursor(items, cursor.get(), parameter.get());
  }

  private Pagination keyset(MapNode node, List<String> items, List<Parameter> parameters) {
    Optional<String> parameter = parameter(node, "parameter", true, parameters);
    Optional<List<String>> keyField = required(node, "keyField");
    Optional<String> limit = parameter(node, "limitParameter", false, parameters);
    if (parameter.isEmpty() || keyField.isEmpty()) {
      return Pagination.none();
    }
    return new Pagination.Keyset(items, parameter.get(), keyField.get(), limit);
  }

  private Pagination pageNumber(MapNode node, List<String> items, List<Parameter> parameters) {
    Optional<String> parameter = parameter(node, "parameter", true, parameters);
    Optional<String> limit = parameter(node, "limitParameter", false, parameters);
    int start = 1;
    if (node.get("startPage").orElse(null) instanceof ScalarNode scalar) {
      if (scalar.isInteger() && fitsAnInt((java.math.BigInteger) scalar.value())) {
        start = ((java.math.BigInteger) scalar.value()).intValue();
      } else if (scalar.isInteger()) {
        diagnostics.error(scalar.location(), "'startPage' must be from " + Integer.MIN_VALUE + " to "
            + Integer.MAX_VALUE + " (page numbers are counted with an int), found " + scalar.value());
      } else {
        fields.wrongKind(scalar, "startPage", "an integer");
      }
    }
    return parameter.isEmpty()
        ? Pagination.none()
        : new Pagination.PageNumber(items, parameter.get(), limit, start);
  }

  /** A page number the generated client counts with an {@code int}. */
  private static boolean fitsAnInt(java.math.BigInteger value) {
    return value.bitLength() < Integer.SIZE;
  }

  private Optional<List<String>> required(MapNode node, String key) {
    Optional<List<String>> path = path(node, key);
    if (path.isEmpty() && !node.has(key)) {
      diagnostics.error(node.location(), "x-pagination style '" + node.text("style").orElse("")
          + "' needs '" + key + "'");
    }
    return path;
  }

  private Optional<List<String>> path(MapNode node, String key) {
    return fields.string(node, key)
        .map(text -> text.isEmpty() ? List.<String>of() : Arrays.asList(text.split("\\.")));
  }

  /** A query parameter named by the extension, which must exist on the operation. */
  private Optional<String> parameter(
      MapNode node, String key, boolean required, List<Parameter> parameters) {
    Optional<String> name = fields.string(node, key);
    if (name.isEmpty()) {
      if (required) {
        diagnostics.error(node.location(), "x-pagination style '" + node.text("style").orElse("")
            + "' needs '" + key + "'");
      }
      return Optional.empty();
    }
    boolean exists = parameters.stream().anyMatch(p -> p.name().equals(name.get())
        && p.location() == Parameter.ParameterLocation.QUERY);
    if (!exists) {
      Node at = node.get(key).get();
      diagnostics.error(at.location(),
          "x-pagination names '" + name.get() + "', which is not a query parameter of the operation");
      return Optional.empty();
    }
    return name;
  }
}
