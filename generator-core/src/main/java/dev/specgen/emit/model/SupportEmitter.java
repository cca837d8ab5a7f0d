package dev.specgen.emit.model;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import com.palantir.javapoet.WildcardTypeName;
import dev.specgen.ir.PrimitiveType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import javax.lang.model.element.Modifier;

/**
 * Emits the package-private {@code ModelSupport} class: the helpers every model of a package
 * calls. It reads plain JSON values into model types (strictly: a value of the wrong kind is an
 * {@link IllegalArgumentException}, so that a union can try its next variant) and makes the
 * immutable, null-keeping copies records hold. The same for every API: only its name and package
 * vary.
 */
final class SupportEmitter {

  private static final TypeName OBJECT = ClassName.OBJECT;
  private static final TypeName STRING = ClassName.get(String.class);
  private static final TypeVariableName T = TypeVariableName.get("T");
  private static final ClassName MAP = ClassName.get(Map.class);
  private static final ClassName LIST = ClassName.get(List.class);
  private static final TypeName STRING_OBJECT_MAP = ParameterizedTypeName.get(MAP, STRING, OBJECT);
  private static final TypeName LIST_OF_T = ParameterizedTypeName.get(LIST, T);
  private static final TypeName MAP_OF_T = ParameterizedTypeName.get(MAP, STRING, T);
  /** {@code Function<Object, ? extends T>} */
  private static final TypeName READER_OF_T = ParameterizedTypeName.get(
      ClassName.get(Function.class), OBJECT, WildcardTypeName.subtypeOf(T));
  private static final ClassName MISMATCH = ClassName.get(IllegalArgumentException.class);

  private final ModelContext models;
  private final ClassName name;

  SupportEmitter(ModelContext models) {
    this.models = models;
    this.name = models.support();
  }

  /** The {@code ModelSupport} method that reads a primitive: {@code string}, {@code int32}, ... */
  static String readerOf(PrimitiveType kind) {
    return switch (kind) {
      case STRING -> "string";
      case INT32 -> "int32";
      case INT64 -> "int64";
      case FLOAT -> "float32";
      case DOUBLE -> "float64";
      case DECIMAL -> "decimal";
      case BOOLEAN -> "bool";
      case DATE -> "date";
      case DATE_TIME -> "dateTime";
      case UUID -> "uuid";
      case BYTES -> "bytes";
    };
  }

  // Emits:
  //   @Generated(...) final class ModelSupport {
  //     static Map<String, Object> object(Object json) { ... }     // readers, one per JSON type
  //     static <T> List<T> list(Object json, Function<Object, ? extends T> item) { ... }
  //     static boolean hasAnyKey(Object json, String... keys) { ... }   // union dispatch
  //     static <T> List<T> copy(List<T> list) { ... }                  // record copies
  //   }
  TypeSpec emit() {
    return models.topLevel(TypeSpec.classBuilder(name))
        .addModifiers(Modifier.FINAL)
        .addAnnotation(JacksonAnnotations.generated())
        .addJavadoc("Helpers the models of this package call: reading plain JSON values (as Jackson"
            + " reads JSON into\n{@code Object}) into model types, and the immutable copies records"
            + " hold. Not part of the API.\n")
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(object())
        .addMethod(string())
        .addMethod(integral("int32", Integer.class, "intValueExact", "a 32-bit integer"))
        .addMethod(integral("int64", Long.class, "longValueExact", "a 64-bit integer"))
        .addMethod(integral("bigInteger", BigInteger.class, "toBigIntegerExact", "an integer"))
        .addMethod(floating("float32", Float.class, "floatValue"))
        .addMethod(floating("float64", Double.class, "doubleValue"))
        .addMethod(decimal())
        .addMethod(bool())
        .addMethod(parsed("dateTime", OffsetDateTime.class, "a date-time"))
        .addMethod(parsed("date", LocalDate.class, "a date"))
        .addMethod(uuid())
        .addMethod(bytes())
        .addMethod(any())
        .addMethod(list())
        .addMethod(listOf())
        .addMethod(map())
        .addMethod(mapOf())
        .addMethod(hasAnyKey())
        .addMethod(isIntegral())
        .addMethod(property())
        .addMethod(copyList())
        .addMethod(copyMap())
        .addMethod(copyOrEmpty())
        .addMethod(number())
        .addMethod(mismatch())
        .addMethod(describe())
        .build();
  }

  private static MethodSpec.Builder reader(String methodName, TypeName returns) {
    return MethodSpec.methodBuilder(methodName)
        .addModifiers(Modifier.STATIC)
        .returns(returns)
        .addParameter(OBJECT, "json");
  }

  // Emits: static Map<String, Object> object(Object json) { ...a mutable copy of a JSON object... }
  private MethodSpec object() {
    return reader("object", STRING_OBJECT_MAP)
        .addJavadoc("A mutable copy of a JSON object, or {@code null}.\n\n@param json a JSON value\n"
            + "@return the copy, or {@code null} for {@code null}\n@throws $T if it is not an object\n", MISMATCH)
        .beginControlFlow("if (json == null)")
        .addStatement("return null")
        .endControlFlow()
        .beginControlFlow("if (!(json instanceof $T<?, ?> object))", MAP)
        .addStatement("throw mismatch(json, $S)", "an object")
        .endControlFlow()
        .addStatement("$T copy = new $T<>()", STRING_OBJECT_MAP, LinkedHashMap.class)
        .addStatement("object.forEach((key, value) -> copy.put(String.valueOf(key), value))")
        .addStatement("return copy")
        .build();
  }

  // Emits: static String string(Object json) { ... }
  private MethodSpec string() {
    return reader("string", STRING)
        .addJavadoc("A JSON string.\n\n@param json a JSON value\n@return the string, or {@code null} for {@code null}\n"
            + "@throws $T if it is not a string\n", MISMATCH)
        .beginControlFlow("if (json == null || json instanceof String)")
        .addStatement("return (String) json")
        .endControlFlow()
        .addStatement("throw mismatch(json, $S)", "a string")
        .build();
  }

  // Emits: static Integer int32(Object json) { ...only integral numbers that fit... }
  private MethodSpec integral(String methodName, Class<?> type, String exact, String expected) {
    return reader(methodName, ClassName.get(type))
        .addJavadoc("A JSON number that is $L.\n\n@param json a JSON value\n"
            + "@return the number, or {@code null} for {@code null}\n@throws $T if it is not $L\n",
            expected, MISMATCH, expected)
        .beginControlFlow("if (json == null)")
        .addStatement("return null")
        .endControlFlow()
        .beginControlFlow("try")
        .addStatement("return number(json, $S).$N()", expected, exact)
        .nextControlFlow("catch ($T e)", ArithmeticException.class)
        .addStatement("throw mismatch(json, $S)", expected)
        .endControlFlow()
        .build();
  }

  // Emits: static Double float64(Object json) { return json == null ? null : number(json, "a number").doubleValue(); }
  private MethodSpec floating(String methodName, Class<?> type, String conversion) {
    return reader(methodName, ClassName.get(type))
        .addJavadoc("A JSON number, rounded to the nearest {@code $T}.\n\n@param json a JSON value\n"
            + "@return the number, or {@code null} for {@code null}\n@throws $T if it is not a number\n",
            type, MISMATCH)
        .addStatement("return json == null ? null : number(json, $S).$N()", "a number", conversion)
        .build();
  }

  private MethodSpec decimal() {
    return reader("decimal", ClassName.get(BigDecimal.class))
        .addJavadoc("A JSON number, with all its digits.\n\n@param json a JSON value\n"
            + "@return the number, or {@code null} for {@code null}\n@throws $T if it is not a number\n", MISMATCH)
        .addStatement("return json == null ? null : number(json, $S)", "a number")
        .build();
  }

  private MethodSpec bool() {
    return reader("bool", ClassName.get(Boolean.class))
        .addJavadoc("A JSON boolean.\n\n@param json a JSON value\n"
            + "@return the boolean, or {@code null} for {@code null}\n@throws $T if it is not a boolean\n", MISMATCH)
        .beginControlFlow("if (json == null || json instanceof Boolean)")
        .addStatement("return (Boolean) json")
        .endControlFlow()
        .addStatement("throw mismatch(json, $S)", "a boolean")
        .build();
  }

  // Emits: static OffsetDateTime dateTime(Object json) { ...OffsetDateTime.parse(text)... }
  private MethodSpec parsed(String methodName, Class<?> type, String expected) {
    return reader(methodName, ClassName.get(type))
        .addJavadoc("A JSON string holding $L.\n\n@param json a JSON value\n"
            + "@return the value, or {@code null} for {@code null}\n@throws $T if it is not $L\n",
            expected, MISMATCH, expected)
        .addStatement("String text = string(json)")
        .beginControlFlow("try")
        .addStatement("return text == null ? null : $T.parse(text.trim())", type)
        .nextControlFlow("catch ($T e)", DateTimeParseException.class)
        .addStatement("throw mismatch(json, $S)", expected)
        .endControlFlow()
        .build();
  }

  private MethodSpec uuid() {
    return reader("uuid", ClassName.get(UUID.class))
        .addJavadoc("A JSON string holding a UUID.\n\n@param json a JSON value\n"
            + "@return the UUID, or {@code null} for {@code null}\n@throws $T if it is not a string holding a UUID\n",
            MISMATCH)
        .addStatement("String text = string(json)")
        .addStatement("return text == null ? null : $T.fromString(text)", UUID.class)
        .build();
  }

  // Emits: static byte[] bytes(Object json) { ...base64, as Jackson writes byte arrays... }
  private MethodSpec bytes() {
    return reader("bytes", ArrayTypeName.of(TypeName.BYTE))
        .addJavadoc("A JSON string holding base64, as Jackson writes byte arrays.\n\n@param json a JSON value\n"
            + "@return the bytes, or {@code null} for {@code null}\n@throws $T if it is not a string holding base64\n",
            MISMATCH)
        .addStatement("String text = string(json)")
        .addStatement("return text == null ? null : $T.getDecoder().decode(text)", Base64.class)
        .build();
  }

  private MethodSpec any() {
    return reader("any", OBJECT)
        .addJavadoc("Any JSON value, as it is.\n\n@param json a JSON value\n@return {@code json}\n")
        .addStatement("return json")
        .build();
  }

  // Emits: static <T> List<T> list(Object json, Function<Object, ? extends T> item) { ... }
  private MethodSpec list() {
    return reader("list", LIST_OF_T)
        .addJavadoc("A JSON array, each item read by {@code item}.\n\n@param <T> the item type\n"
            + "@param json a JSON value\n@param item reads one item\n"
            + "@return an unmodifiable list, or {@code null} for {@code null}\n@throws $T if it is not an array\n",
            MISMATCH)
        .addTypeVariable(T)
        .addParameter(READER_OF_T, "item")
        .beginControlFlow("if (json == null)")
        .addStatement("return null")
        .endControlFlow()
        .beginControlFlow("if (!(json instanceof $T<?> items))", LIST)
        .addStatement("throw mismatch(json, $S)", "an array")
        .endControlFlow()
        .addStatement("$T result = new $T<>(items.size())", LIST_OF_T, ArrayList.class)
        .beginControlFlow("for (Object each : items)")
        .addStatement("result.add(item.apply(each))")
        .endControlFlow()
        .addStatement("return $T.unmodifiableList(result)", Collections.class)
        .build();
  }

  private MethodSpec listOf() {
    return MethodSpec.methodBuilder("listOf")
        .addJavadoc("A reader of JSON arrays, for lists nested in lists and maps.\n\n@param <T> the item type\n"
            + "@param item reads one item\n@return a function doing what {@code list} does\n")
        .addModifiers(Modifier.STATIC)
        .addTypeVariable(T)
        .returns(ParameterizedTypeName.get(ClassName.get(Function.class), OBJECT, LIST_OF_T))
        .addParameter(READER_OF_T, "item")
        .addStatement("return json -> list(json, item)")
        .build();
  }

  // Emits: static <T> Map<String, T> map(Object json, Function<Object, ? extends T> value) { ... }
  private MethodSpec map() {
    return reader("map", MAP_OF_T)
        .addJavadoc("A JSON object, each value read by {@code value}.\n\n@param <T> the value type\n"
            + "@param json a JSON value\n@param value reads one value\n"
            + "@return an unmodifiable map in the object's order, or {@code null} for {@code null}\n"
            + "@throws $T if it is not an object\n", MISMATCH)
        .addTypeVariable(T)
        .addParameter(READER_OF_T, "value")
        .addStatement("$T object = object(json)", STRING_OBJECT_MAP)
        .beginControlFlow("if (object == null)")
        .addStatement("return null")
        .endControlFlow()
        .addStatement("$T result = new $T<>()", MAP_OF_T, LinkedHashMap.class)
        .addStatement("object.forEach((key, each) -> result.put(key, value.apply(each)))")
        .addStatement("return $T.unmodifiableMap(result)", Collections.class)
        .build();
  }

  private MethodSpec mapOf() {
    return MethodSpec.methodBuilder("mapOf")
        .addJavadoc("A reader of JSON objects, for maps nested in lists and maps.\n\n@param <T> the value type\n"
            + "@param value reads one value\n@return a function doing what {@code map} does\n")
        .addModifiers(Modifier.STATIC)
        .addTypeVariable(T)
        .returns(ParameterizedTypeName.get(ClassName.get(Function.class), OBJECT, MAP_OF_T))
        .addParameter(READER_OF_T, "value")
        .addStatement("return json -> map(json, value)")
        .build();
  }

  // Emits: static boolean hasAnyKey(Object json, String... keys) { ... }
  private MethodSpec hasAnyKey() {
    return reader("hasAnyKey", TypeName.BOOLEAN)
        .addJavadoc("Whether {@code json} is an object with at least one of {@code keys}.\n\n"
            + "@param json a JSON value\n@param keys property names\n@return whether one of them is present\n")
        .addParameter(ArrayTypeName.of(STRING), "keys")
        .varargs()
        .beginControlFlow("if (json instanceof $T<?, ?> object)", MAP)
        .beginControlFlow("for (String key : keys)")
        .beginControlFlow("if (object.containsKey(key))")
        .addStatement("return true")
        .endControlFlow()
        .endControlFlow()
        .endControlFlow()
        .addStatement("return false")
        .build();
  }

  private MethodSpec isIntegral() {
    return reader("isIntegral", TypeName.BOOLEAN)
        .addJavadoc("Whether {@code json} is a number written without a fraction or exponent.\n\n"
            + "@param json a JSON value\n@return whether it is such a number\n")
        .addStatement("return json instanceof Integer || json instanceof Long || json instanceof $T"
            + " || json instanceof Short || json instanceof Byte", BigInteger.class)
        .build();
  }

  private MethodSpec property() {
    return reader("property", OBJECT)
        .addJavadoc("The value of property {@code name} when {@code json} is an object, else {@code null}.\n\n"
            + "@param json a JSON value\n@param name a property name\n@return the property's value, or {@code null}\n")
        .addParameter(STRING, "name")
        .addStatement("return json instanceof $T<?, ?> object ? object.get(name) : null", MAP)
        .build();
  }

  // Emits: static <T> List<T> copy(List<T> list) { ...unmodifiable, keeps nulls... }
  private MethodSpec copyList() {
    return MethodSpec.methodBuilder("copy")
        .addModifiers(Modifier.STATIC)
        .addTypeVariable(T)
        .returns(LIST_OF_T)
        .addParameter(LIST_OF_T, "list")
        .addJavadoc("An unmodifiable copy that, unlike {@code List.copyOf}, keeps JSON nulls.\n\n"
            + "@param <T> the item type\n@param list a list, or {@code null}\n"
            + "@return the copy, or {@code null} for {@code null}\n")
        .addStatement("return list == null ? null : $T.unmodifiableList(new $T<>(list))",
            Collections.class, ArrayList.class)
        .build();
  }

  private MethodSpec copyMap() {
    return MethodSpec.methodBuilder("copy")
        .addModifiers(Modifier.STATIC)
        .addTypeVariable(T)
        .returns(MAP_OF_T)
        .addParameter(MAP_OF_T, "map")
        .addJavadoc("An unmodifiable copy in the same order that, unlike {@code Map.copyOf}, keeps"
            + " JSON nulls.\n\n@param <T> the value type\n@param map a map, or {@code null}\n"
            + "@return the copy, or {@code null} for {@code null}\n")
        .addStatement("return map == null ? null : $T.unmodifiableMap(new $T<>(map))",
            Collections.class, LinkedHashMap.class)
        .build();
  }

  private MethodSpec copyOrEmpty() {
    return MethodSpec.methodBuilder("copyOrEmpty")
        .addJavadoc("Like {@code copy}, with an empty map for {@code null}.\n\n@param <T> the value type\n"
            + "@param map a map, or {@code null}\n@return the copy, never {@code null}\n")
        .addModifiers(Modifier.STATIC)
        .addTypeVariable(T)
        .returns(MAP_OF_T)
        .addParameter(MAP_OF_T, "map")
        .addStatement("return map == null ? $T.of() : copy(map)", MAP)
        .build();
  }

  // Emits: private static BigDecimal number(Object json, String expected) { ...exact digits... }
  private MethodSpec number() {
    return MethodSpec.methodBuilder("number")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(BigDecimal.class)
        .addParameter(OBJECT, "json")
        .addParameter(STRING, "expected")
        .beginControlFlow("if (json instanceof $T decimal)", BigDecimal.class)
        .addStatement("return decimal")
        .endControlFlow()
        .beginControlFlow("if (json instanceof $T integer)", BigInteger.class)
        .addStatement("return new $T(integer)", BigDecimal.class)
        .endControlFlow()
        .beginControlFlow("if (json instanceof Integer || json instanceof Long || json instanceof Short"
            + " || json instanceof Byte)")
        .addStatement("return $T.valueOf(((Number) json).longValue())", BigDecimal.class)
        .endControlFlow()
        .beginControlFlow("if ((json instanceof Double || json instanceof Float)"
            + " && Double.isFinite(((Number) json).doubleValue()))")
        .addStatement("return new $T(json.toString())", BigDecimal.class)
        .endControlFlow()
        .addStatement("throw mismatch(json, expected)")
        .build();
  }

  private MethodSpec mismatch() {
    return MethodSpec.methodBuilder("mismatch")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(MISMATCH)
        .addParameter(OBJECT, "json")
        .addParameter(STRING, "expected")
        .addStatement("return new $T(\"expected \" + expected + \", found \" + describe(json))", MISMATCH)
        .build();
  }

  // Emits: private static String describe(Object json) { ...the kind of value, never the value... }
  private MethodSpec describe() {
    return MethodSpec.methodBuilder("describe")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(STRING)
        .addParameter(OBJECT, "json")
        .addCode("return json == null ? $S\n", "null")
        .addCode("        : json instanceof $T<?, ?> ? $S\n", MAP, "an object")
        .addCode("        : json instanceof $T<?> ? $S\n", LIST, "an array")
        .addCode("        : json instanceof String ? $S\n", "a string")
        .addCode("        : json instanceof Boolean ? $S\n", "a boolean")
        .addCode("        : json instanceof Number ? $S\n", "a number")
        .addCode("        : json.getClass().getName();\n")
        .build();
  }
}
