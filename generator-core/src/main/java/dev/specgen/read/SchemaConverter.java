package dev.specgen.read;

import dev.specgen.diag.Diagnostics;
import dev.specgen.ir.EpochFormats;
import dev.specgen.ir.JsonValue;
import dev.specgen.ir.PrimitiveType;
import dev.specgen.ir.Property;
import dev.specgen.ir.TypeDef;
import dev.specgen.ir.TypeDef.Discriminator;
import dev.specgen.ir.TypeDef.EnumConstant;
import dev.specgen.ir.TypeDef.EnumKind;
import dev.specgen.ir.TypeDef.EnumType;
import dev.specgen.ir.TypeDef.ObjectType;
import dev.specgen.ir.TypeDef.UnionType;
import dev.specgen.ir.TypeDef.UnionVariant;
import dev.specgen.ir.TypeRef;
import dev.specgen.ir.UnionDispatch;
import dev.specgen.load.ListNode;
import dev.specgen.load.MapNode;
import dev.specgen.load.Node;
import dev.specgen.load.RefResolver;
import dev.specgen.load.ScalarNode;
import dev.specgen.naming.JavaNames;
import dev.specgen.naming.NameScope;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns schemas into {@link TypeRef}s, defining a named {@link TypeDef} for every object, enum
 * and union it meets. Component schemas keep their names; inline schemas are named after where
 * they stand ({@code Conversation} + {@code _links} = {@code ConversationLinks}). Each schema node
 * is converted once, so recursive schemas refer to themselves by name.
 */
final class SchemaConverter {

  /** A converted schema: its type and whether JSON null is allowed. */
  record Converted(TypeRef type, boolean nullable) {}

  private static final Set<String> PLAIN_STRING_FORMATS = Set.of(
      "email", "idn-email", "uri", "uri-reference", "iri", "iri-reference", "uri-template",
      "url", "hostname", "idn-hostname", "ipv4", "ipv6", "password", "regex", "time",
      "duration", "json-pointer", "relative-json-pointer", "phone", "html", "textarea");

  private static final Set<String> KEYS_ALLOWED_BESIDE_REF = Set.of(
      "$ref", "description", "summary", "title", "nullable", "example", "examples", "default",
      "readOnly", "writeOnly", "deprecated");

  /**
   * Schemas nested deeper than this, counting each property, item or {@code $ref}'d schema as a
   * level, are refused: real specs stay far below it, and converting deeper would exhaust the stack.
   */
  static final int MAX_NESTING = 200;

  private final RefResolver refs;
  private final Diagnostics diagnostics;
  private final Fields fields;
  private int nesting;
  private final NameScope typeNames = new NameScope();
  private final Map<String, String> reservedNames = new HashMap<>();
  private final Map<String, TypeRef> namedByIdentity = new HashMap<>();
  private final Set<String> inProgress = new HashSet<>();
  private final Map<String, TypeDef> types = new TreeMap<>();
  private final Map<String, String> unionsToCheck = new LinkedHashMap<>();
  private final ValueConformance conformance;

  SchemaConverter(RefResolver refs, Diagnostics diagnostics) {
    this.refs = refs;
    this.diagnostics = diagnostics;
    this.fields = new Fields(diagnostics);
    this.conformance = new ValueConformance(this::typeDef);
  }

  /** Reserves component schema names first, so that no inline schema can take them. */
  void reserveComponentNames(MapNode schemas) {
    schemas.entries().keySet().stream().sorted().forEach(key -> {
      Node schema = schemas.entries().get(key);
      reservedNames.put(identity(schema), typeNames.allocate(JavaNames.typeName(key)));
    });
  }

  /** Named types defined so far, by name. Unions defined since the last call are checked first. */
  List<TypeDef> types() {
    checkUnionShapes();
    return List.copyOf(types.values());
  }

  Optional<TypeDef> typeDef(String name) {
    return Optional.ofNullable(types.get(name));
  }

  /** Converts {@code schema}; inline objects, enums and unions are named from {@code nameHint}. */
  Converted convert(Node schema, String nameHint) {
    if (nesting >= MAX_NESTING) {
      diagnostics.error(schema.location(), tooDeep());
      return new Converted(TypeRef.any(), true);
    }
    nesting++;
    try {
      if (schema instanceof MapNode map && map.has("$ref")) {
        return convertReference(map, nameHint);
      }
      return convertResolved(schema, nameHint);
    } finally {
      nesting--;
    }
  }

  private static String tooDeep() {
    return "schemas are nested deeper than the limit of " + MAX_NESTING + " levels";
  }

  /** The description a use of {@code schema} should show: its own, or its target's. */
  String description(Node schema) {
    if (schema instanceof MapNode map && map.has("description")) {
      return fields.stringOr(map, "description", "");
    }
    return refs.resolve(schema)
        .filter(MapNode.class::isInstance)
        .map(n -> fields.stringOr((MapNode) n, "description", ""))
        .orElse("");
  }

  /** The schema's example ({@code example}, or the first of {@code examples}). */
  Optional<JsonValue> example(Node schema) {
    if (!(schema instanceof MapNode map)) {
      return Optional.empty();
    }
    if (map.has("example")) {
      return Optional.of(JsonValues.of(map.get("example").get()));
    }
    if (map.get("examples").orElse(null) instanceof ListNode list && !list.items().isEmpty()) {
      return Optional.of(JsonValues.of(list.items().get(0)));
    }
    return Optional.empty();
  }

  Optional<JsonValue> defaultValue(Node schema) {
    return schema instanceof MapNode map && map.has("default")
        ? Optional.of(JsonValues.of(map.get("default").get()))
        : Optional.empty();
  }

  /** Warns when an example or default of {@code schema} does not fit its type. */
  void checkLiterals(Node schema, Converted type) {
    if (!(schema instanceof MapNode map)) {
      return;
    }
    for (String key : List.of("default", "example")) {
      map.get(key).ifPresent(value -> conformance.mismatch(type, JsonValues.of(value))
          .ifPresent(problem -> diagnostics.warning(value.location(),
              "'" + key + "' does not match the schema: " + problem)));
    }
  }

  private Converted convertReference(MapNode schema, String nameHint) {
    warnAboutRefSiblings(schema);
    boolean nullable = fields.flag(schema, "nullable");
    Optional<Node> target = refs.resolve(schema);
    if (target.isEmpty()) {
      return new Converted(TypeRef.any(), true);
    }
    Converted converted = convertResolved(target.get(), hintFromPointer(target.get(), nameHint));
    return new Converted(converted.type(), converted.nullable() || nullable);
  }

  private void warnAboutRefSiblings(MapNode schema) {
    List<String> ignored = schema.entries().keySet().stream()
        .filter(k -> !KEYS_ALLOWED_BESIDE_REF.contains(k) && !k.startsWith("x-"))
        .toList();
    if (!ignored.isEmpty()) {
      diagnostics.warning(schema.keyLocation(ignored.get(0)),
          "keys beside $ref are ignored: " + String.join(", ", ignored));
    }
  }

  private Converted convertResolved(Node schema, String nameHint) {
    if (schema instanceof ScalarNode scalar && scalar.isBoolean()) {
      return new Converted(TypeRef.any(), true); // true/false schemas: anything goes
    }
    Optional<MapNode> map = fields.asMap(schema, "a schema");
    if (map.isEmpty()) {
      return new Converted(TypeRef.any(), true);
    }
    String id = identity(schema);
    TypeRef named = namedByIdentity.get(id);
    if (named != null) {
      return new Converted(named, isNullable(map.get()));
    }
    if (!inProgress.add(id)) {
      diagnostics.warning(schema.location(),
          "schema contains itself without an object in between; read as any JSON value");
      return new Converted(TypeRef.any(), true);
    }
    try {
      return convertMap(map.get(), nameHint);
    } finally {
      inProgress.remove(id);
    }
  }

  private Converted convertMap(MapNode schema, String nameHint) {
    boolean nullable = isNullable(schema);
    if (schema.has("allOf")) {
      return withNullable(convertAllOf(schema, nameHint), nullable);
    }
    if (schema.has("oneOf") || schema.has("anyOf")) {
      return withNullable(convertUnion(schema, nameHint), nullable);
    }
    if (schema.has("enum") || schema.has("const")) {
      return withNullable(convertEnum(schema, nameHint), nullable);
    }
    Optional<String> type = declaredType(schema);
    if (type.isEmpty()) {
      boolean looksLikeObject = schema.has("properties") || schema.has("additionalProperties");
      return new Converted(looksLikeObject ? convertObject(schema, nameHint) : TypeRef.any(), true);
    }
    TypeRef ref = switch (type.get()) {
      case "object" -> convertObject(schema, nameHint);
      case "array" -> convertArray(schema, nameHint);
      case "string", "integer", "number", "boolean" -> primitive(schema, type.get());
      case "null" -> TypeRef.any();
      default -> unknownType(schema, type.get());
    };
    return new Converted(ref, nullable || type.get().equals("null"));
  }

  private static Converted withNullable(Converted converted, boolean nullable) {
    return nullable ? new Converted(converted.type(), true) : converted;
  }

  // ---- type keyword ------------------------------------------------------------------------

  /** The schema's single non-null type, if it declares one. */
  private Optional<String> declaredType(MapNode schema) {
    Optional<Node> typeNode = schema.get("type");
    if (typeNode.isEmpty()) {
      return Optional.empty();
    }
    if (typeNode.get() instanceof ScalarNode scalar && scalar.isString()) {
      return Optional.of(scalar.text());
    }
    if (typeNode.get() instanceof ListNode list) {
      List<String> nonNull = typeNames(list).stream().filter(t -> !t.equals("null")).toList();
      if (nonNull.size() == 1) {
        return Optional.of(nonNull.get(0));
      }
      if (nonNull.size() > 1) {
        diagnostics.warning(typeNode.get().location(),
            "several types " + nonNull + " are read as any JSON value");
        return Optional.of("any-of-several");
      }
      return Optional.of("null");
    }
    fields.wrongKind(typeNode.get(), "type", "a string or a list of strings");
    return Optional.empty();
  }

  private List<String> typeNames(ListNode list) {
    List<String> names = new ArrayList<>();
    for (Node item : list.items()) {
      if (item instanceof ScalarNode scalar && scalar.isString()) {
        names.add(scalar.text());
      } else {
        fields.wrongKind(item, "type", "a type name");
      }
    }
    return names;
  }

  private boolean isNullable(MapNode schema) {
    if (schema.get("nullable").orElse(null) instanceof ScalarNode n && Boolean.TRUE.equals(n.value())) {
      return true;
    }
    return schema.get("type").orElse(null) instanceof ListNode list
        && list.items().stream().anyMatch(i -> i instanceof ScalarNode s && "null".equals(s.value()));
  }

  private TypeRef unknownType(MapNode schema, String type) {
    if (type.equals("any-of-several")) {
      return TypeRef.any();
    }
    String message = "unknown type '" + type + "' (expected object, array, string, integer, "
        + "number, boolean or null)";
    if (type.equals("any")) {
      diagnostics.warning(schema.get("type").get().location(), message + "; read as any JSON value");
    } else {
      diagnostics.error(schema.get("type").get().location(), message);
    }
    return TypeRef.any();
  }

  // ---- primitives --------------------------------------------------------------------------

  private TypeRef primitive(MapNode schema, String type) {
    Optional<String> format = fields.string(schema, "format");
    PrimitiveType kind = switch (type) {
      case "string" -> stringFormat(schema, format);
      case "integer" -> integerFormat(schema, format);
      case "number" -> numberFormat(schema, format);
      default -> booleanFormat(schema, format);
    };
    return TypeRef.primitive(kind);
  }

  private PrimitiveType stringFormat(MapNode schema, Optional<String> format) {
    if (format.isEmpty()) {
      return PrimitiveType.STRING;
    }
    return switch (format.get()) {
      case "date-time" -> PrimitiveType.DATE_TIME;
      case "date" -> PrimitiveType.DATE;
      case "uuid" -> PrimitiveType.UUID;
      case "binary", "byte", "base64" -> PrimitiveType.BYTES;
      default -> {
        if (!PLAIN_STRING_FORMATS.contains(format.get())) {
          formatWarning(schema, format.get(), "string");
        }
        yield PrimitiveType.STRING;
      }
    };
  }

  private PrimitiveType integerFormat(MapNode schema, Optional<String> format) {
    if (format.isEmpty() || format.get().equals("int32")) {
      return PrimitiveType.INT32;
    }
    if (format.get().equals("int64")) {
      return PrimitiveType.INT64;
    }
    if (EpochFormats.isEpochSeconds(format.get())) {
      return PrimitiveType.INT64; // seconds since the epoch: a time view is generated beside it
    }
    formatWarning(schema, format.get(), "integer");
    return PrimitiveType.INT64;
  }

  private PrimitiveType numberFormat(MapNode schema, Optional<String> format) {
    if (format.isEmpty()) {
      return PrimitiveType.DECIMAL;
    }
    return switch (format.get()) {
      case "float" -> PrimitiveType.FLOAT;
      case "double" -> PrimitiveType.DOUBLE;
      case "int32" -> PrimitiveType.INT32;
      case "int64" -> PrimitiveType.INT64;
      case "decimal" -> PrimitiveType.DECIMAL;
      default -> {
        if (!EpochFormats.isEpochSeconds(format.get())) { // seconds with a fraction: a time view is generated
          formatWarning(schema, format.get(), "number");
        }
        yield PrimitiveType.DECIMAL;
      }
    };
  }

  private PrimitiveType booleanFormat(MapNode schema, Optional<String> format) {
    format.ifPresent(f -> formatWarning(schema, f, "boolean"));
    return PrimitiveType.BOOLEAN;
  }

  private void formatWarning(MapNode schema, String format, String type) {
    diagnostics.warning(schema.get("format").get().location(),
        "format '" + format + "' does not apply to type " + type + "; it is read as a plain " + type);
  }

  // ---- arrays and objects ------------------------------------------------------------------

  private TypeRef convertArray(MapNode schema, String nameHint) {
    Optional<Node> items = schema.get("items");
    if (items.isEmpty()) {
      diagnostics.warning(schema.location(), "array without 'items'; its items are read as any JSON value");
      return new TypeRef.ArrayOf(TypeRef.any());
    }
    return new TypeRef.ArrayOf(convert(items.get(), itemHint(nameHint)).type());
  }

  private TypeRef convertObject(MapNode schema, String nameHint) {
    Optional<MapNode> properties = fields.map(schema, "properties");
    Optional<TypeRef> extra = additionalPropertiesType(schema, nameHint);
    if (properties.isEmpty() || properties.get().entries().isEmpty()) {
      return new TypeRef.MapOf(extra.orElse(TypeRef.any()));
    }
    String name = defineName(schema, nameHint);
    Set<String> required = new LinkedHashSet<>(fields.strings(schema, "required"));
    warnAboutUnknownRequired(schema, properties.get().entries(), required);
    List<Property> props = properties(properties.get().entries(), required, name);
    ObjectType type = new ObjectType(name, typeDescription(schema), props, extra,
        fields.flag(schema, "deprecated"), example(schema), schema.location());
    types.put(name, type);
    return new TypeRef.Named(name);
  }

  private Optional<TypeRef> additionalPropertiesType(MapNode schema, String nameHint) {
    Optional<Node> extra = schema.get("additionalProperties");
    if (extra.isEmpty() || extra.get() instanceof ScalarNode) {
      return Optional.empty();
    }
    return Optional.of(convert(extra.get(), nameHint + "Value").type());
  }

  /** Converts declared properties in the order they were written. */
  private List<Property> properties(Map<String, Node> properties, Set<String> required, String ownerName) {
    NameScope memberNames = new NameScope();
    List<Property> result = new ArrayList<>();
    for (Map.Entry<String, Node> entry : properties.entrySet()) {
      result.add(property(entry.getKey(), entry.getValue(), ownerName, required, memberNames));
    }
    return result;
  }

  private Property property(
      String wireName, Node schema, String ownerName, Set<String> required, NameScope names) {
    Converted type = convert(schema, ownerName + withoutSuffix(JavaNames.typeName(wireName), "Model"));
    checkLiterals(schema, type);
    MapNode resolved = refs.resolve(schema).filter(MapNode.class::isInstance)
        .map(MapNode.class::cast).orElse(null);
    boolean readOnly = flagHere(schema, resolved, "readOnly");
    boolean writeOnly = flagHere(schema, resolved, "writeOnly");
    boolean deprecated = flagHere(schema, resolved, "deprecated");
    return new Property(wireName, names.allocate(JavaNames.memberName(wireName)), type.type(),
        required.contains(wireName), type.nullable(), description(schema), example(schema),
        defaultValue(schema), deprecated, readOnly, writeOnly, format(schema, resolved));
  }

  /** The property's own {@code format}, else that of the schema it refers to; empty if none. */
  private String format(Node schema, MapNode resolved) {
    if (schema instanceof MapNode map && map.has("format")) {
      return fields.string(map, "format").orElse("");
    }
    return resolved == null ? "" : fields.string(resolved, "format").orElse("");
  }

  private boolean flagHere(Node schema, MapNode resolved, String key) {
    boolean own = schema instanceof MapNode map && map.has(key) && fields.flag(map, key);
    return own || (resolved != null && resolved != schema && fields.flag(resolved, key));
  }

  private void warnAboutUnknownRequired(MapNode schema, Map<String, Node> properties, Set<String> required) {
    for (String name : required) {
      if (!properties.containsKey(name)) {
        diagnostics.warning(schema.keyLocation("required"),
            "required property '" + name + "' is not declared under 'properties'");
      }
    }
  }

  // ---- allOf -------------------------------------------------------------------------------

  private Converted convertAllOf(MapNode schema, String nameHint) {
    List<Node> parts = fields.list(schema, "allOf").map(ListNode::items).orElse(List.of());
    boolean ownProperties = schema.has("properties");
    if (parts.size() == 1 && !ownProperties) {
      return convert(parts.get(0), nameHint); // a wrapper that only adds description or nullable
    }
    String name = defineName(schema, nameHint);
    MergedObject merged = new MergedObject();
    for (Node part : parts) {
      mergePart(part, merged, new HashSet<>(), 1);
    }
    merged.add(schema, fields);
    warnAboutUnknownRequired(schema, merged.properties, merged.required);
    List<Property> props = properties(merged.properties, merged.required, name);
    ObjectType type = new ObjectType(name, typeDescription(schema), props, Optional.empty(),
        fields.flag(schema, "deprecated"), example(schema), schema.location());
    types.put(name, type);
    return new Converted(new TypeRef.Named(name), false);
  }

  private void mergePart(Node part, MergedObject merged, Set<String> seen, int depth) {
    if (depth > MAX_NESTING) {
      diagnostics.error(part.location(), tooDeep());
      return;
    }
    Optional<Node> resolved = refs.resolve(part);
    if (resolved.isEmpty() || !(resolved.get() instanceof MapNode map) || !seen.add(identity(map))) {
      return;
    }
    if (map.has("oneOf") || map.has("anyOf") || map.has("enum")) {
      diagnostics.warning(part.location(),
          "allOf part that is not an object is ignored when merging properties");
      return;
    }
    fields.list(map, "allOf").ifPresent(nested -> nested.items().forEach(p -> mergePart(p, merged, seen, depth + 1)));
    merged.add(map, fields);
  }

  /** Properties and required names gathered from the parts of an allOf. */
  private static final class MergedObject {
    final LinkedHashMap<String, Node> properties = new LinkedHashMap<>();
    final Set<String> required = new LinkedHashSet<>();

    void add(MapNode schema, Fields fields) {
      fields.map(schema, "properties").ifPresent(p -> properties.putAll(p.entries()));
      required.addAll(fields.strings(schema, "required"));
    }
  }

  // ---- oneOf / anyOf -----------------------------------------------------------------------

  private Converted convertUnion(MapNode schema, String nameHint) {
    String keyword = schema.has("oneOf") ? "oneOf" : "anyOf";
    List<Node> branches = fields.list(schema, keyword).map(ListNode::items).orElse(List.of());
    List<Node> nonNull = branches.stream().filter(b -> !isNullSchema(b)).toList();
    boolean nullable = nonNull.size() < branches.size();
    if (nonNull.isEmpty()) {
      return new Converted(TypeRef.any(), true);
    }
    if (nonNull.size() == 1) {
      return withNullable(convert(nonNull.get(0), nameHint), nullable);
    }
    String name = defineName(schema, nameHint);
    NameScope variantNames = new NameScope();
    variantNames.reserve(name);
    List<UnionVariant> variants = new ArrayList<>();
    Map<String, String> defaultValues = new LinkedHashMap<>();
    for (int i = 0; i < nonNull.size(); i++) {
      Node branch = nonNull.get(i);
      TypeRef type = convert(branch, name + "Option" + (i + 1)).type();
      String variantName = variantNames.allocate(variantName(type));
      variants.add(new UnionVariant(variantName, type, List.of()));
      RefResolver.refOf(branch).ifPresent(ref -> defaultValues.put(variantName, lastToken(ref)));
    }
    Optional<Discriminator> discriminator = discriminator(schema, variants);
    if (discriminator.isPresent()) {
      variants = withDiscriminatorValues(variants, discriminator.get(), defaultValues);
    }
    types.put(name, new UnionType(name, typeDescription(schema), variants, discriminator, schema.location()));
    if (discriminator.isEmpty()) {
      unionsToCheck.put(name, keyword); // checked once every variant's type is complete
    }
    return new Converted(new TypeRef.Named(name), nullable);
  }

  /**
   * Warns about unions without a discriminator whose variants cannot be told apart by the shape
   * of the JSON (see {@link UnionDispatch}); generated code reads such a value as the first
   * variant that accepts it.
   */
  private void checkUnionShapes() {
    unionsToCheck.forEach((name, keyword) -> {
      UnionType union = (UnionType) types.get(name);
      Map<List<String>, List<String>> kindsByVariants = new LinkedHashMap<>();
      for (UnionDispatch.Ambiguity ambiguity : UnionDispatch.plan(union, this::typeDef).ambiguities()) {
        kindsByVariants.computeIfAbsent(ambiguity.variants(), v -> new ArrayList<>())
            .add(ambiguity.kind().phrase());
      }
      kindsByVariants.forEach((variants, kinds) -> diagnostics.warning(union.origin(),
          keyword + " variants " + String.join(", ", variants) + " cannot be told apart when the value is "
              + String.join(" or ", kinds) + "; it is read as the first that fits, " + variants.get(0)
              + " (a discriminator, or a required property unique to each variant, would tell them apart)"));
    });
    unionsToCheck.clear();
  }

  private boolean isNullSchema(Node branch) {
    if (!(branch instanceof MapNode map)) {
      return false;
    }
    return map.get("type").orElse(null) instanceof ScalarNode type && "null".equals(type.value());
  }

  private static String variantName(TypeRef type) {
    if (type instanceof TypeRef.Named named) {
      return named.name();
    }
    if (type instanceof TypeRef.Primitive primitive) {
      return JavaNames.typeName(primitive.kind().name() + "_VALUE"); // StringValue, not StringModelValue
    }
    if (type instanceof TypeRef.ArrayOf) {
      return "ListValue";
    }
    return type instanceof TypeRef.MapOf ? "MapValue" : "JsonValue";
  }

  private Optional<Discriminator> discriminator(MapNode schema, List<UnionVariant> variants) {
    Optional<MapNode> node = fields.map(schema, "discriminator");
    if (node.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> property = fields.string(node.get(), "propertyName");
    if (property.isEmpty()) {
      diagnostics.error(node.get().location(), "discriminator without 'propertyName'");
      return Optional.empty();
    }
    Map<String, String> mapping = new LinkedHashMap<>();
    fields.map(node.get(), "mapping").ifPresent(m -> m.entries().forEach((value, target) -> {
      mappingTarget(target).ifPresent(typeName -> mapping.put(value, typeName));
    }));
    return Optional.of(new Discriminator(property.get(), mapping));
  }

  /** The type name a discriminator mapping entry points at. */
  private Optional<String> mappingTarget(Node target) {
    if (!(target instanceof ScalarNode scalar && scalar.isString())) {
      fields.wrongKind(target, "mapping", "a $ref or schema name");
      return Optional.empty();
    }
    String ref = scalar.text().contains("#") || scalar.text().contains("/")
        ? scalar.text()
        : "#/components/schemas/" + scalar.text();
    return refs.follow(target, ref)
        .map(node -> convertResolved(node, hintFromPointer(node, "Variant")).type())
        .filter(TypeRef.Named.class::isInstance)
        .map(t -> ((TypeRef.Named) t).name());
  }

  private List<UnionVariant> withDiscriminatorValues(
      List<UnionVariant> variants, Discriminator discriminator, Map<String, String> defaults) {
    List<UnionVariant> result = new ArrayList<>();
    for (UnionVariant variant : variants) {
      List<String> values = new ArrayList<>();
      discriminator.mapping().forEach((value, typeName) -> {
        if (variant.type() instanceof TypeRef.Named named && named.name().equals(typeName)) {
          values.add(value);
        }
      });
      if (values.isEmpty() && defaults.containsKey(variant.javaName())) {
        values.add(defaults.get(variant.javaName()));
      }
      result.add(new UnionVariant(variant.javaName(), variant.type(), values));
    }
    return result;
  }

  // ---- enums -------------------------------------------------------------------------------

  private Converted convertEnum(MapNode schema, String nameHint) {
    List<Node> values = schema.has("enum")
        ? enumValues(schema)
        : List.of(schema.get("const").get());
    Optional<String> type = declaredType(schema);
    boolean nullable = values.stream().anyMatch(v -> v instanceof ScalarNode s && s.isNull());
    List<ScalarNode> nonNull = new ArrayList<>();
    for (Node value : values) {
      if (value instanceof ScalarNode scalar && !scalar.isNull()) {
        nonNull.add(scalar);
      } else if (!(value instanceof ScalarNode)) {
        diagnostics.error(value.location(), "enum values must be scalars, found " + value.kindName());
      }
    }
    Optional<EnumKind> kind = enumKind(schema, type, nonNull);
    if (kind.isEmpty()) {
      Converted plain = type.isPresent() && !type.get().equals("object") && !type.get().equals("array")
          ? new Converted(primitive(schema, type.get()), true)
          : new Converted(TypeRef.any(), true);
      return withNullable(plain, nullable);
    }
    String name = defineName(schema, nameHint);
    types.put(name, new EnumType(name, typeDescription(schema), kind.get(),
        constants(nonNull, kind.get()), schema.location()));
    return new Converted(new TypeRef.Named(name), nullable || isNullable(schema));
  }

  /**
   * The values of {@code enum}. A single nested list ({@code enum: [[US, CA]]}) is a common slip
   * whose intent is clear: its items are the values, with a warning.
   */
  private List<Node> enumValues(MapNode schema) {
    List<Node> values = fields.list(schema, "enum").map(ListNode::items).orElse(List.of());
    if (values.size() == 1 && values.get(0) instanceof ListNode inner) {
      diagnostics.warning(inner.location(),
          "enum holds its values in a nested list; the inner list is read as the enum's values");
      return inner.items();
    }
    return values;
  }

  /**
   * String or integer enum; empty when the values make no enum (booleans, fractions). Values that
   * contradict the declared type are reported, and the enum then follows its values.
   */
  private Optional<EnumKind> enumKind(MapNode schema, Optional<String> type, List<ScalarNode> values) {
    String declaredType = type.orElseGet(() -> inferType(values));
    List<ScalarNode> misfits = values.stream().filter(v -> !valueFits(v, declaredType)).toList();
    String declared = declaredType;
    if (!misfits.isEmpty() && type.isPresent()) {
      String inferred = inferType(values);
      for (ScalarNode value : misfits) {
        diagnostics.warning(value.location(), "enum value " + value.text() + " is not "
            + article(declared) + "; the enum is read as " + article(inferred) + " enum");
      }
      declared = inferred;
    }
    if (declared.equals("number") && values.stream().allMatch(ScalarNode::isInteger)) {
      declared = "integer";
    }
    EnumKind kind = switch (declared) {
      case "string" -> EnumKind.STRING;
      case "integer" -> EnumKind.INTEGER;
      default -> null; // boolean and fractional enums stay plain values
    };
    return kind != null && !values.isEmpty() ? Optional.of(kind) : Optional.empty();
  }

  private static String inferType(List<ScalarNode> values) {
    if (!values.isEmpty() && values.stream().allMatch(ScalarNode::isString)) {
      return "string";
    }
    if (!values.isEmpty() && values.stream().allMatch(ScalarNode::isInteger)) {
      return "integer";
    }
    return "mixed";
  }

  private static boolean valueFits(ScalarNode value, String type) {
    return switch (type) {
      case "string" -> value.isString();
      case "integer" -> value.isInteger() || value.value() instanceof BigDecimal d && isWholeNumber(d);
      case "number" -> value.isNumber();
      default -> true;
    };
  }

  /** {@code 2.0} or {@code 1e3}; not {@code 1e999999999}, whose digits are too many to write out. */
  private static boolean isWholeNumber(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() <= 0 && stripped.precision() - stripped.scale() <= 1_000;
  }

  private static String article(String type) {
    return type.equals("integer") ? "an integer" : "a " + type;
  }

  private static List<EnumConstant> constants(List<ScalarNode> values, EnumKind kind) {
    NameScope names = new NameScope("_");
    Set<Object> seen = new HashSet<>();
    List<EnumConstant> constants = new ArrayList<>();
    for (ScalarNode value : values) {
      Object wire = kind == EnumKind.STRING ? value.text() : integerValue(value);
      if (!seen.add(wire)) {
        continue; // a repeated value adds nothing
      }
      String base = kind == EnumKind.STRING ? JavaNames.constantName(value.text()) : "VALUE_" + wire;
      constants.add(new EnumConstant(names.allocate(base.replace('-', '_')), wire, ""));
    }
    return constants;
  }

  private static BigInteger integerValue(ScalarNode value) {
    return value.value() instanceof BigInteger i ? i : ((BigDecimal) value.value()).toBigIntegerExact();
  }

  // ---- naming ------------------------------------------------------------------------------

  /** The name for a schema that defines a type: its reserved component name, or one from the hint. */
  private String defineName(MapNode schema, String nameHint) {
    String id = identity(schema);
    String name = reservedNames.get(id);
    if (name == null) {
      name = typeNames.allocate(JavaNames.typeName(nameHint));
    }
    namedByIdentity.put(id, new TypeRef.Named(name));
    return name;
  }

  private String typeDescription(MapNode schema) {
    String title = fields.stringOr(schema, "title", "");
    String description = fields.stringOr(schema, "description", "");
    if (title.isEmpty() || description.startsWith(title)) {
      return description;
    }
    return description.isEmpty() ? title : title + "\n\n" + description;
  }

  private static String itemHint(String nameHint) {
    List<String> words = JavaNames.words(nameHint);
    if (words.isEmpty()) {
      return "Item";
    }
    String last = words.get(words.size() - 1);
    String singular = JavaNames.singular(last);
    return singular.equals(last)
        ? nameHint + "Item"
        : nameHint.substring(0, nameHint.length() - last.length()) + singular;
  }

  private static String withoutSuffix(String name, String suffix) {
    return name.endsWith(suffix) ? name.substring(0, name.length() - suffix.length()) : name;
  }

  /** A hint from where a referenced schema stands: the last token of its pointer. */
  private static String hintFromPointer(Node target, String fallback) {
    String pointer = target.location().pointer();
    int slash = pointer.lastIndexOf('/');
    String last = slash < 0 ? "" : pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~");
    if (last.isEmpty() || last.equals("schema") || last.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return fallback;
    }
    return last;
  }

  private static String lastToken(String ref) {
    return ref.substring(ref.lastIndexOf('/') + 1);
  }

  static String identity(Node node) {
    return node.location().file() + "#" + node.location().pointer();
  }
}
