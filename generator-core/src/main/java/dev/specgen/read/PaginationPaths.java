package dev.specgen.read;

import dev.specgen.diag.Diagnostics;
import dev.specgen.diag.Location;
import dev.specgen.ir.Pagination;
import dev.specgen.ir.Parameter;
import dev.specgen.ir.PrimitiveType;
import dev.specgen.ir.Property;
import dev.specgen.ir.TypeDef;
import dev.specgen.ir.TypeRef;
import dev.specgen.load.MapNode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Checks that the paths of an {@code x-pagination} extension lead somewhere in the success
 * response, with the types the client needs: {@code items} to a list, {@code nextUrl} and {@code
 * cursor} to strings, {@code keyField} (inside one item) to the type of the parameter it is sent
 * as. Each path that does not is a located error naming the step that fails, so an operation never
 * silently loses its auto-paging method.
 */
final class PaginationPaths {

  private final Diagnostics diagnostics;
  private final Function<String, Optional<TypeDef>> types;

  /**
   * @param types the named types defined so far, by name
   */
  PaginationPaths(Diagnostics diagnostics, Function<String, Optional<TypeDef>> types) {
    this.diagnostics = diagnostics;
    this.types = types;
  }

  /**
   * Whether every path of {@code pagination} resolves in {@code page}, the success body; reports
   * each one that does not.
   *
   * @param node the {@code x-pagination} mapping, for locations
   */
  boolean check(MapNode node, Pagination pagination, Optional<TypeRef> page,
      List<Parameter> parameters) {
    if (page.isEmpty()) {
      diagnostics.error(node.location(), "x-pagination needs a 2xx response with a body to page through");
      return false;
    }
    Optional<TypeRef> item = itemType(node, pagination.items(), page.get());
    if (item.isEmpty()) {
      return false;
    }
    if (pagination instanceof Pagination.NextUrl next) {
      return isString(node, "nextUrl", next.nextUrl(), page.get());
    }
    if (pagination instanceof Pagination.Cursor cursor) {
      return isString(node, "cursor", cursor.cursor(), page.get())
          & parameterIs(node, "parameter", cursor.parameter(), parameters, PrimitiveType.STRING);
    }
    if (pagination instanceof Pagination.Keyset keyset) {
      return keyMatchesParameter(node, keyset, item.get(), parameters)
          & limitIsInteger(node, keyset.limitParameter(), parameters);
    }
    if (pagination instanceof Pagination.PageNumber number) {
      return parameterIs(node, "parameter", number.parameter(), parameters, PrimitiveType.INT32)
          & limitIsInteger(node, number.limitParameter(), parameters);
    }
    return true;
  }

  private boolean limitIsInteger(MapNode node, Optional<String> limit, List<Parameter> parameters) {
    return limit.map(name -> parameterIs(node, "limitParameter", name, parameters, PrimitiveType.INT32))
        .orElse(true);
  }

  /** The type of one item: {@code items} must lead to a list. */
  private Optional<TypeRef> itemType(MapNode node, List<String> path, TypeRef page) {
    Optional<TypeRef> items = resolve(node, "items", path, page);
    if (items.isPresent() && !(items.get() instanceof TypeRef.ArrayOf)) {
      diagnostics.error(where(node, "items"), "x-pagination 'items' "
          + (path.isEmpty() ? "is omitted, so the response body must be a list, but it is "
              : "path '" + String.join(".", path) + "' leads to ")
          + describe(items.get()) + ", not a list");
      return Optional.empty();
    }
    return items.map(list -> ((TypeRef.ArrayOf) list).items());
  }

  private boolean isString(MapNode node, String key, List<String> path, TypeRef page) {
    Optional<TypeRef> type = resolve(node, key, path, page);
    if (type.isPresent() && !isPrimitive(type.get(), PrimitiveType.STRING)) {
      diagnostics.error(where(node, key), "x-pagination '" + key + "' path '" + String.join(".", path)
          + "' leads to " + describe(type.get()) + ", not a string");
      return false;
    }
    return type.isPresent();
  }

  private boolean keyMatchesParameter(MapNode node, Pagination.Keyset keyset, TypeRef item,
      List<Parameter> parameters) {
    Optional<TypeRef> key = resolve(node, "keyField", keyset.keyField(), item, "an item");
    Optional<Parameter> parameter = query(parameters, keyset.parameter());
    if (key.isEmpty() || parameter.isEmpty()) {
      return false;
    }
    // A parameter of any JSON value takes a key of any type.
    if (!key.get().equals(parameter.get().type()) && !(parameter.get().type() instanceof TypeRef.Any)) {
      diagnostics.error(where(node, "keyField"), "x-pagination 'keyField' path '"
          + String.join(".", keyset.keyField()) + "' leads to " + describe(key.get())
          + ", but parameter '" + keyset.parameter() + "' is " + describe(parameter.get().type()));
      return false;
    }
    return true;
  }

  private boolean parameterIs(MapNode node, String key, String name, List<Parameter> parameters,
      PrimitiveType wanted) {
    Optional<Parameter> parameter = query(parameters, name);
    if (parameter.isPresent() && !isPrimitive(parameter.get().type(), wanted)) {
      diagnostics.error(where(node, key), "x-pagination '" + key + "' names parameter '" + name
          + "', which is " + describe(parameter.get().type()) + "; it must be "
          + describe(TypeRef.primitive(wanted)));
      return false;
    }
    return parameter.isPresent(); // a missing parameter is reported where it is read
  }

  /** Follows property wire names from {@code start}, reporting the first step that fails. */
  private Optional<TypeRef> resolve(MapNode node, String key, List<String> path, TypeRef start) {
    return resolve(node, key, path, start, "the response body");
  }

  /** Like {@link #resolve(MapNode, String, List, TypeRef)}, from {@code origin}, for messages. */
  private Optional<TypeRef> resolve(MapNode node, String key, List<String> path, TypeRef start,
      String origin) {
    TypeRef current = start;
    for (int i = 0; i < path.size(); i++) {
      String step = path.get(i);
      String walked = i == 0 ? origin : "'" + String.join(".", path.subList(0, i)) + "'";
      if (!(current instanceof TypeRef.Named named)
          || !(types.apply(named.name()).orElse(null) instanceof TypeDef.ObjectType object)) {
        unresolved(node, key, path, walked + " is " + describe(current) + ", which has no properties");
        return Optional.empty();
      }
      Optional<Property> property = object.property(step);
      if (property.isEmpty()) {
        List<String> names = object.properties().stream().map(Property::wireName).toList();
        unresolved(node, key, path, walked + " (" + named.name() + ") has no property '" + step + "'"
            + NearestName.among(step, names).map(n -> "; did you mean '" + n + "'?").orElse(""));
        return Optional.empty();
      }
      current = property.get().type();
    }
    return Optional.of(current);
  }

  private void unresolved(MapNode node, String key, List<String> path, String why) {
    diagnostics.error(where(node, key), "x-pagination '" + key + "' path '" + String.join(".", path)
        + "' does not resolve: " + why);
  }

  private static Optional<Parameter> query(List<Parameter> parameters, String name) {
    return parameters.stream().filter(p -> p.name().equals(name)
        && p.location() == Parameter.ParameterLocation.QUERY).findFirst();
  }

  private static Location where(MapNode node, String key) {
    return node.get(key).map(value -> value.location()).orElse(node.location());
  }

  private static boolean isPrimitive(TypeRef type, PrimitiveType kind) {
    return type instanceof TypeRef.Primitive primitive && primitive.kind() == kind;
  }

  /** "a string", "a list", "a 32-bit integer", "Conversation", for messages. */
  private static String describe(TypeRef type) {
    if (type instanceof TypeRef.Primitive primitive) {
      return switch (primitive.kind()) {
        case STRING -> "a string";
        case INT32 -> "a 32-bit integer";
        case INT64 -> "a 64-bit integer";
        default -> "a " + primitive.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
      };
    }
    if (type instanceof TypeRef.Named named) {
      return named.name();
    }
    if (type instanceof TypeRef.ArrayOf) {
      return "a list";
    }
    return type instanceof TypeRef.MapOf ? "a map" : "any JSON value";
  }
}
