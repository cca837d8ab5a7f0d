package dev.specgen.emit.docs;

import com.palantir.javapoet.CodeBlock;
import dev.specgen.ir.ApiModel;
import dev.specgen.ir.PrimitiveType;
import dev.specgen.ir.Property;
import dev.specgen.ir.TypeDef;
import dev.specgen.ir.TypeRef;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Describes, for the HTML reference's script, how a value of a type is written in Java, by asking
 * {@link JavaValues} (which renders the compiled snippets) to render marker values and recording
 * where the marker went. The page's script then writes the user's values into these templates, so
 * the live snippet and the compiled snippets are written by one piece of code.
 *
 * <p>A template's {@code @S} stands for the value as a Java string literal, {@code @L} for the
 * value as it was typed (a number or a boolean).
 */
final class JavaTemplates {

  private static final String TEXT_MARKER = "SPECGEN_VALUE_MARKER";
  private static final BigInteger INTEGER_MARKER = new BigInteger("918273645");
  private static final BigDecimal DECIMAL_MARKER = new BigDecimal("0.918273645");
  private static final Pattern QUALIFIED = Pattern.compile("\\b((?:[a-z_$][\\w$]*\\.)+)([A-Z][\\w$]*)");
  private static final int MAX_DEPTH = 6;

  private final Map<String, TypeDef> typesByName;
  private final JavaValues values;
  /** Object types described so far, by name: the page's script looks {@code ref}s up here. */
  private final Map<String, Object> objects = new TreeMap<>();

  JavaTemplates(ApiModel model, JavaValues values) {
    this.typesByName = model.typesByName();
    this.values = values;
  }

  /** The object types the descriptions so far refer to. */
  Map<String, Object> objects() {
    return objects;
  }

  /** How a value of {@code type} is written in Java (and, for enums, which values it takes). */
  Map<String, Object> describe(TypeRef type) {
    return describe(type, 0);
  }

  private Map<String, Object> describe(TypeRef type, int depth) {
    if (depth > MAX_DEPTH) {
      return kind("unsupported");
    }
    if (type instanceof TypeRef.Primitive primitive) {
      return scalar(primitive);
    }
    if (type instanceof TypeRef.ArrayOf array) {
      Map<String, Object> list = code("list", values.render(List.of(), array), "()");
      list.put("items", describe(array.items(), depth + 1));
      return list;
    }
    if (type instanceof TypeRef.MapOf map) {
      Map<String, Object> out = code("map", values.render(Map.of(), map), "()");
      out.put("values", describe(map.values(), depth + 1));
      return out;
    }
    if (type instanceof TypeRef.Named named) {
      TypeDef def = typesByName.get(named.name());
      if (def instanceof TypeDef.EnumType enumType) {
        return enumeration(enumType, type);
      }
      if (def instanceof TypeDef.ObjectType object) {
        return reference(object, type, depth);
      }
    }
    return kind("unsupported"); // unions and untyped values: the page shows the example as compiled
  }

  private Map<String, Object> scalar(TypeRef.Primitive type) {
    PrimitiveType kind = type.kind();
    Object marker = switch (kind) {
      case INT32, INT64 -> INTEGER_MARKER;
      case FLOAT, DOUBLE, DECIMAL -> DECIMAL_MARKER;
      case BOOLEAN -> Boolean.TRUE;
      default -> TEXT_MARKER;
    };
    CodeBlock code = values.render(marker, type);
    String rendered = simple(code);
    String template = switch (kind) {
      case INT32, INT64 -> rendered.replace(INTEGER_MARKER.toString(), "@L");
      case FLOAT -> rendered.replace(Float.toString(DECIMAL_MARKER.floatValue()), "@L");
      case DOUBLE -> rendered.replace(Double.toString(DECIMAL_MARKER.doubleValue()), "@L");
      case DECIMAL -> rendered.replace("\"" + DECIMAL_MARKER + "\"", "@S");
      case BOOLEAN -> rendered.replace("true", "@L");
      default -> rendered.replace("\"" + TEXT_MARKER + "\"", "@S");
    };
    Map<String, Object> out = kind("scalar");
    out.put("java", template);
    out.put("imports", List.copyOf(importsOf(code)));
    out.put("input", switch (kind) {
      case INT32, INT64 -> "integer";
      case FLOAT, DOUBLE, DECIMAL -> "number";
      case BOOLEAN -> "boolean";
      default -> "text";
    });
    out.put("decimal", kind == PrimitiveType.DOUBLE || kind == PrimitiveType.FLOAT);
    return out;
  }

  private Map<String, Object> enumeration(TypeDef.EnumType enumType, TypeRef type) {
    Map<String, Object> out = kind("enum");
    List<Object> constants = new ArrayList<>();
    Set<String> imports = new TreeSet<>();
    for (TypeDef.EnumConstant constant : enumType.constants()) {
      CodeBlock code = values.render(constant.wireValue(), type);
      imports.addAll(importsOf(code));
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("wire", String.valueOf(constant.wireValue()));
      entry.put("java", simple(code));
      constants.add(entry);
    }
    out.put("values", constants);
    boolean integer = enumType.kind() == TypeDef.EnumKind.INTEGER;
    CodeBlock other = values.render(integer ? INTEGER_MARKER : TEXT_MARKER, type); // a value not listed
    imports.addAll(importsOf(other));
    out.put("other", simple(other).replace("\"" + TEXT_MARKER + "\"", "@S").replace(INTEGER_MARKER.toString(), "@L"));
    out.put("imports", List.copyOf(imports));
    return out;
  }

  private Map<String, Object> reference(TypeDef.ObjectType object, TypeRef type, int depth) {
    if (!objects.containsKey(object.name())) {
      objects.put(object.name(), Map.of()); // placeholder: a type that refers to itself ends here
      Map<String, Object> out = code("object", values.render(Map.of(), type), ".build()");
      List<Object> fields = new ArrayList<>();
      for (Property property : object.properties()) {
        if (property.readOnly()) {
          continue;
        }
        Map<String, Object> field = new LinkedHashMap<>();
        field.put("wire", property.wireName());
        field.put("setter", property.javaName());
        field.put("required", property.required());
        field.put("type", describe(property.type(), depth + 1));
        fields.add(field);
      }
      out.put("fields", fields);
      objects.put(object.name(), out);
    }
    Map<String, Object> ref = kind("ref");
    ref.put("name", object.name());
    return ref;
  }

  /** A template cut before {@code tail}: {@code List.of} for {@code List.of()}. */
  private static Map<String, Object> code(String kind, CodeBlock code, String tail) {
    String text = simple(code);
    Map<String, Object> out = kind(kind);
    out.put("java", text.endsWith(tail) ? text.substring(0, text.length() - tail.length()) : text);
    out.put("imports", List.copyOf(importsOf(code)));
    return out;
  }

  private static Map<String, Object> kind(String kind) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("kind", kind);
    return out;
  }

  /** The code with simple class names, as the compiled snippets write it after their imports. */
  static String simple(CodeBlock code) {
    return QUALIFIED.matcher(code.toString()).replaceAll("$2");
  }

  /** The classes the code names, as import lines would name them ({@code java.lang} needs none). */
  static Set<String> importsOf(CodeBlock code) {
    Set<String> imports = new TreeSet<>();
    Matcher matcher = QUALIFIED.matcher(code.toString());
    while (matcher.find()) {
      if (!matcher.group(1).equals("java.lang.")) {
        imports.add(matcher.group(1) + matcher.group(2));
      }
    }
    return imports;
  }
}
