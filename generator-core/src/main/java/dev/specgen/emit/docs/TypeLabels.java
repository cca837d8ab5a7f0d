package dev.specgen.emit.docs;

import dev.specgen.ir.ApiModel;
import dev.specgen.ir.PrimitiveType;
import dev.specgen.ir.TypeDef;
import dev.specgen.ir.TypeRef;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How the docs name a type: {@code string (date-time)}, {@code array of [Conversation](...)}, and
 * for enums their values. Labels are safe Markdown for table cells.
 */
final class TypeLabels {

  /** Enums with more values than this show the first ones and link to the full list. */
  static final int MAX_ENUM_VALUES = 12;

  private final Map<String, TypeDef> typesByName;
  private final DocsLayout layout;
  private final boolean onModelsPage;

  TypeLabels(ApiModel model, DocsLayout layout, boolean onModelsPage) {
    this.typesByName = model.typesByName();
    this.layout = layout;
    this.onModelsPage = onModelsPage;
  }

  /** The type, with named types linked to the models page. */
  String label(TypeRef type) {
    if (type instanceof TypeRef.Primitive primitive) {
      return primitive(primitive.kind());
    }
    if (type instanceof TypeRef.ArrayOf array) {
      return "array of " + label(array.items());
    }
    if (type instanceof TypeRef.MapOf map) {
      return "map of string to " + label(map.values());
    }
    if (type instanceof TypeRef.Named named) {
      return Markdown.link(named.name(), layout.modelLink(named.name(), onModelsPage));
    }
    return "any JSON value";
  }

  /** {@link #label} followed by the enum's values, when the type is an enum or a list of one. */
  String labelWithValues(TypeRef type) {
    TypeRef inner = type instanceof TypeRef.ArrayOf array ? array.items() : type;
    String label = label(type);
    if (inner instanceof TypeRef.Named named
        && typesByName.get(named.name()) instanceof TypeDef.EnumType enumType) {
      return label + ": " + values(enumType);
    }
    return label;
  }

  /** {@code one of `a`, `b`, `c`} (the first values only, when there are many). */
  static String values(TypeDef.EnumType enumType) {
    List<TypeDef.EnumConstant> constants = enumType.constants();
    String shown = constants.stream().limit(MAX_ENUM_VALUES)
        .map(c -> Markdown.code(String.valueOf(c.wireValue()), true))
        .collect(Collectors.joining(", "));
    int more = constants.size() - MAX_ENUM_VALUES;
    return "one of " + shown + (more > 0 ? " and " + more + " more" : "");
  }

  static String primitive(PrimitiveType kind) {
    return switch (kind) {
      case STRING -> "string";
      case INT32 -> "integer (int32)";
      case INT64 -> "integer (int64)";
      case FLOAT -> "number (float)";
      case DOUBLE -> "number (double)";
      case DECIMAL -> "number";
      case BOOLEAN -> "boolean";
      case DATE -> "string (date)";
      case DATE_TIME -> "string (date-time)";
      case UUID -> "string (uuid)";
      case BYTES -> "string (binary)";
    };
  }
}
