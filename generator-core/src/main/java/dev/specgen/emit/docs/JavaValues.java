package dev.specgen.emit.docs;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.specgen.emit.JavaTypes;
import dev.specgen.emit.model.UnionNames;
import dev.specgen.ir.ApiModel;
import dev.specgen.ir.PrimitiveType;
import dev.specgen.ir.Property;
import dev.specgen.ir.TypeDef;
import dev.specgen.ir.TypeRef;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Renders a conformed example value ({@link ExampleValues#conform}) as a Java expression of its
 * type: string and number literals of the right kind, {@code new BigDecimal("...")},
 * {@code OffsetDateTime.parse("...")}, enum constants, {@code List.of(...)}, maps, and models
 * through their builders.
 *
 * <p>Maps of more than one entry are built as {@code new TreeMap<>(Map.of(...))} with sorted keys,
 * because {@code Map.of} has no iteration order and the value must serialize the same way every
 * time (and the way {@link WireValues} predicts).
 */
final class JavaValues {

  /** A type's package prefix, up to the type's capital initial: {@code java.util.L} of {@code java.util.List}. */
  private static final Pattern QUALIFIED_TYPE = Pattern.compile("\\b(?:[a-z_$][\\w$]*\\.)+([A-Z])");

  private static final ClassName LIST = ClassName.get(List.class);
  private static final ClassName MAP = ClassName.get(Map.class);
  private static final ClassName TREE_MAP = ClassName.get(TreeMap.class);
  private static final ClassName BIG_DECIMAL = ClassName.get(BigDecimal.class);
  private static final ClassName BIG_INTEGER = ClassName.get(BigInteger.class);
  private static final ClassName LOCAL_DATE = ClassName.get(LocalDate.class);
  private static final ClassName OFFSET_DATE_TIME = ClassName.get(OffsetDateTime.class);
  private static final ClassName UUID_TYPE = ClassName.get(UUID.class);
  private static final ClassName BASE64 = ClassName.get(Base64.class);
  private static final int INLINE_WIDTH = 72;

  private final Map<String, TypeDef> typesByName;
  private final JavaTypes types;
  private final TypeNaming typeNames;

  /** Values whose types are named as given, for a file that imports them where it can. */
  JavaValues(ApiModel model, JavaTypes types) {
    this(model, types, TypeNaming.AS_GIVEN);
  }

  /** Values whose types are named by {@code typeNames}. */
  JavaValues(ApiModel model, JavaTypes types, TypeNaming typeNames) {
    this.typesByName = model.typesByName();
    this.types = types;
    this.typeNames = typeNames;
  }

  /** {@code value}, which must conform to {@code type}, as a Java expression. */
  CodeBlock render(Object value, TypeRef type) {
    if (type instanceof TypeRef.Primitive primitive) {
      return primitive(value, primitive.kind());
    }
    if (type instanceof TypeRef.ArrayOf array) {
      List<CodeBlock> items = new ArrayList<>();
      for (Object item : (List<?>) value) {
        items.add(render(item, array.items()));
      }
      return call(CodeBlock.of("$T.of", typeNames.name(LIST)), items);
    }
    if (type instanceof TypeRef.MapOf map) {
      return map((Map<?, ?>) value, map.values());
    }
    if (type instanceof TypeRef.Named named) {
      TypeDef def = typesByName.get(named.name());
      if (def instanceof TypeDef.EnumType enumType) {
        return enumValue(value, enumType);
      }
      if (def instanceof TypeDef.UnionType union) {
        ExampleValues.UnionValue chosen = (ExampleValues.UnionValue) value;
        return CodeBlock.of("$T.$N($L)", named(union.name()),
            UnionNames.of(union).factory(chosen.variant()), render(chosen.value(), chosen.variant().type()));
      }
      return object((Map<?, ?>) value, (TypeDef.ObjectType) def);
    }
    return any(value);
  }

  private CodeBlock primitive(Object value, PrimitiveType kind) {
    return switch (kind) {
      case STRING -> CodeBlock.of("$S", value);
      case INT32 -> CodeBlock.of("$L", value);
      case INT64 -> CodeBlock.of("$LL", value);
      case FLOAT -> CodeBlock.of("$Lf", Float.toString(((BigDecimal) value).floatValue()));
      case DOUBLE -> CodeBlock.of("$L", Double.toString(((BigDecimal) value).doubleValue()));
      case DECIMAL -> CodeBlock.of("new $T($S)", typeNames.name(BIG_DECIMAL), value.toString());
      case BOOLEAN -> CodeBlock.of("$L", value);
      case DATE -> CodeBlock.of("$T.parse($S)", typeNames.name(LOCAL_DATE), value);
      case DATE_TIME -> CodeBlock.of("$T.parse($S)", typeNames.name(OFFSET_DATE_TIME), value);
      case UUID -> CodeBlock.of("$T.fromString($S)", typeNames.name(UUID_TYPE), value);
      case BYTES -> CodeBlock.of("$T.getDecoder().decode($S)", typeNames.name(BASE64), value);
    };
  }

  /** The constant whose wire value it is, else {@code Type.of(raw)}, which keeps unknown values. */
  private CodeBlock enumValue(Object value, TypeDef.EnumType enumType) {
    ClassName type = named(enumType.name());
    for (TypeDef.EnumConstant constant : enumType.constants()) {
      if (String.valueOf(constant.wireValue()).equals(String.valueOf(value))) {
        return CodeBlock.of("$T.$N", type, constant.javaName());
      }
    }
    if (enumType.kind() == TypeDef.EnumKind.STRING) {
      return CodeBlock.of("$T.of($S)", type, value);
    }
    // Integer enums hold a long, or a BigInteger when one of their values needs it.
    boolean longValues = enumType.constants().stream()
        .allMatch(c -> ((BigInteger) c.wireValue()).bitLength() < 64);
    return longValues && ((BigInteger) value).bitLength() < 64
        ? CodeBlock.of("$T.of($LL)", type, value)
        : CodeBlock.of("$T.of(new $T($S))", type, typeNames.name(BIG_INTEGER), value.toString());
  }

  // Emits: Conversation.builder()
  //            .id("cnv_123")
  //            .build()
  private CodeBlock object(Map<?, ?> fields, TypeDef.ObjectType object) {
    ClassName type = named(object.name());
    List<CodeBlock> setters = new ArrayList<>();
    for (Property property : object.properties()) {
      Object value = fields.get(property.wireName());
      if (value != null) {
        setters.add(CodeBlock.of(".$N($L)", property.javaName(), render(value, property.type())));
      }
    }
    CodeBlock inline = CodeBlock.builder().add("$T.builder()", type)
        .add(CodeBlock.join(setters, "")).add(".build()").build();
    if (setters.isEmpty() || setters.size() == 1 && fits(inline)) {
      return inline;
    }
    CodeBlock.Builder code = CodeBlock.builder().add("$T.builder()$>", type);
    setters.forEach(setter -> code.add("\n$L", setter));
    return code.add("\n.build()$<").build();
  }

  /** {@code Map.of("k", v)}, or sorted in a {@code TreeMap} when there are several entries. */
  private CodeBlock map(Map<?, ?> entries, TypeRef valueType) {
    Map<String, Object> sorted = new TreeMap<>();
    entries.forEach((key, value) -> sorted.put(String.valueOf(key), value));
    List<CodeBlock> arguments = new ArrayList<>();
    boolean ofEntries = sorted.size() > 10;
    sorted.forEach((key, value) -> arguments.add(ofEntries
        ? CodeBlock.of("$T.entry($S, $L)", typeNames.name(MAP), key, render(value, valueType))
        : CodeBlock.of("$S, $L", key, render(value, valueType))));
    CodeBlock map = call(CodeBlock.of(ofEntries ? "$T.ofEntries" : "$T.of", typeNames.name(MAP)), arguments);
    return sorted.size() <= 1 ? map : CodeBlock.of("new $T<>($L)", typeNames.name(TREE_MAP), map);
  }

  /** A value of no declared type, as the plain Java value Jackson writes the same way. */
  private CodeBlock any(Object value) {
    if (value instanceof String text) {
      return CodeBlock.of("$S", text);
    }
    if (value instanceof BigInteger integer) {
      if (integer.bitLength() < 32) {
        return CodeBlock.of("$L", integer);
      }
      return integer.bitLength() < 64
          ? CodeBlock.of("$LL", integer)
          : CodeBlock.of("new $T($S)", typeNames.name(BIG_INTEGER), integer.toString());
    }
    if (value instanceof BigDecimal decimal) {
      return CodeBlock.of("new $T($S)", typeNames.name(BIG_DECIMAL), decimal.toString());
    }
    if (value instanceof List<?> list) {
      List<CodeBlock> items = new ArrayList<>();
      list.forEach(item -> items.add(any(item)));
      return call(CodeBlock.of("$T.of", typeNames.name(LIST)), items);
    }
    if (value instanceof Map<?, ?> map) {
      return map(map, TypeRef.any());
    }
    return CodeBlock.of("$L", value);
  }

  private ClassName named(String typeName) {
    return typeNames.name(types.named(typeName));
  }

  /** {@code name(a, b)} on one line when it fits, else one argument per line. */
  private static CodeBlock call(CodeBlock name, List<CodeBlock> arguments) {
    CodeBlock inline = CodeBlock.builder().add(name).add("(").add(CodeBlock.join(arguments, ", ")).add(")").build();
    if (arguments.isEmpty() || fits(inline)) {
      return inline;
    }
    CodeBlock.Builder code = CodeBlock.builder().add(name).add("($>");
    for (int i = 0; i < arguments.size(); i++) {
      code.add("\n$L$L", arguments.get(i), i + 1 < arguments.size() ? "," : "");
    }
    return code.add(")$<").build();
  }

  /** Short and on one line, judged by its text with simple type names. */
  private static boolean fits(CodeBlock code) {
    String text = withoutPackagePrefixes(code.toString());
    return !text.contains("\n") && text.length() <= INLINE_WIDTH;
  }

  /** {@code code} as {@link #fits} measures it: type names with their package prefixes taken off. */
  static String withoutPackagePrefixes(String code) {
    return QUALIFIED_TYPE.matcher(code).replaceAll("$1");
  }
}
