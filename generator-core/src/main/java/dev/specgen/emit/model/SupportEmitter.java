package dev.specgen.emit.model;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import com.palantir.javapoet.WildcardTypeName;
import dev.specgen.ir.PrimitiveType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
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
  private static final TypeName ANY_LIST = ParameterizedTypeName.get(LIST, WildcardTypeName.subtypeOf(OBJECT));
  private static final TypeName ANY_MAP = ParameterizedTypeName.get(MAP, STRING, WildcardTypeName.subtypeOf(OBJECT));

  /** The nested class Jackson asks whether a record's list or map stands for an absent property. */
  static final String ABSENT_FILTER = "Absent";

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
        .addField(absentConstant("ABSENT_LIST", ANY_LIST, ArrayList.class, "unmodifiableList"))
        .addField(absentConstant("ABSENT_MAP", ANY_MAP, LinkedHashMap.class, "unmodifiableMap"))
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addType(absentFilter())
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
        .addMethod(orAbsent(LIST_OF_T, "ABSENT_LIST"))
        .addMethod(orAbsent(MAP_OF_T, "ABSENT_MAP"))
        .addMethod(setOrNull("setOrNull", LIST_OF_T, "ABSENT_LIST"))
        .addMethod(setOrNull("setOrNull", MAP_OF_T, "ABSENT_MAP"))
        .addMethod(with())
        .addMethod(tag())
        .addMethod(epochSeconds())
        .addMethod(epochMillis())
        .addMethod(number())
        .addMethod(mismatch())
        .addMethod(describe())
        .build();
  }

  // Readers take any JSON value, null included, and give null for null: both are @Nullable.
  private static MethodSpec.Builder reader(String methodName, TypeName returns) {
    return MethodSpec.methodBuilder(methodName)
        .addModifiers(Modifier.STATIC)
        .returns(returns.isPrimitive() ? returns : Nullness.nullable(returns))
        .addParameter(Nullness.nullable(OBJECT), "json");
  }

  // Emits: static Map<String, Object> object(Object json) { ...a mutable copy of a JSON object... }
  private MethodSpec object() {
    return MethodSpec.methodBuilder("object")
        .addModifiers(Modifier.STATIC)
        .returns(STRING_OBJECT_MAP)
        .addParameter(OBJECT, "json")
        .addJavadoc("A mutable copy of a JSON object.\n\n@param json a JSON value\n"
            + "@return the copy\n@throws $T if it is not an object\n", MISMATCH)
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
        .beginControlFlow("if (json == null)")
        .addStatement("return null")
        .endControlFlow()
        .addStatement("$T object = object(json)", STRING_OBJECT_MAP)
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
        .addParameter(ParameterSpec.builder(Nullness.nullable(LIST_OF_T), "list").build())
        .addAnnotation(uncheckedCast())
        .addJavadoc("An unmodifiable copy that, unlike {@code List.copyOf}, keeps JSON nulls; {@code null} (absent)\n"
            + "gives the empty list that stands for an absent property.\n\n@param <T> the item type\n"
            + "@param list a list, or {@code null}\n@return the copy\n")
        .beginControlFlow("if (list == null || list == ABSENT_LIST)")
        .addStatement("return ($T) ABSENT_LIST", LIST_OF_T)
        .endControlFlow()
        .addStatement("return $T.unmodifiableList(new $T<>(list))", Collections.class, ArrayList.class)
        .build();
  }

  private MethodSpec copyMap() {
    return MethodSpec.methodBuilder("copy")
        .addModifiers(Modifier.STATIC)
        .addTypeVariable(T)
        .returns(MAP_OF_T)
        .addParameter(ParameterSpec.builder(Nullness.nullable(MAP_OF_T), "map").build())
        .addAnnotation(uncheckedCast())
        .addJavadoc("An unmodifiable copy in the same order that, unlike {@code Map.copyOf}, keeps"
            + " JSON nulls;\n{@code null} (absent) gives the empty map that stands for an absent property.\n\n"
            + "@param <T> the value type\n@param map a map, or {@code null}\n@return the copy\n")
        .beginControlFlow("if (map == null || map == ABSENT_MAP)")
        .addStatement("return ($T) ABSENT_MAP", MAP_OF_T)
        .endControlFlow()
        .addStatement("return $T.unmodifiableMap(new $T<>(map))", Collections.class, LinkedHashMap.class)
        .build();
  }

  private MethodSpec copyOrEmpty() {
    return MethodSpec.methodBuilder("copyOrEmpty")
        .addJavadoc("Like {@code copy}, with an empty map for {@code null}.\n\n@param <T> the value type\n"
            + "@param map a map, or {@code null}\n@return the copy, never {@code null}\n")
        .addModifiers(Modifier.STATIC)
        .addTypeVariable(T)
        .returns(MAP_OF_T)
        .addParameter(Nullness.nullable(MAP_OF_T), "map")
        .addStatement("return map == null ? $T.of() : copy(map)", MAP)
        .build();
  }

  // Emits: private static final List<?> ABSENT_LIST = Collections.unmodifiableList(new ArrayList<>(0));
  private static FieldSpec absentConstant(String name, TypeName type, Class<?> implementation, String wrapper) {
    return FieldSpec.builder(type, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("Stands for an absent property: empty to callers, and not written (compared by identity).\n")
        .initializer("$T.$N(new $T<>(0))", Collections.class, wrapper, implementation)
        .build();
  }

  // Emits: static final class Absent { public boolean equals(Object value) { return value == ABSENT_LIST || ...; } }
  private static TypeSpec absentFilter() {
    return TypeSpec.classBuilder(ABSENT_FILTER)
        .addModifiers(Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The {@code valueFilter} of a record's list and map properties: Jackson leaves out a value this\n"
            + "class equals, which is only the empty list or map that stands for an absent property, so that an\n"
            + "absent property stays absent and an empty one is written as empty.\n")
        .addMethod(MethodSpec.methodBuilder("equals")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(TypeName.BOOLEAN)
            .addParameter(ParameterSpec.builder(Nullness.nullable(OBJECT), "value").build())
            .addStatement("return value == ABSENT_LIST || value == ABSENT_MAP")
            .build())
        .addMethod(MethodSpec.methodBuilder("hashCode")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(TypeName.INT)
            .addComment("never a key: a constant keeps equals and hashCode consistent")
            .addStatement("return 0")
            .build())
        .build();
  }

  // Emits: static <T> List<T> orAbsent(List<T> list) { return list == null ? (List<T>) ABSENT_LIST : list; }
  private static MethodSpec orAbsent(TypeName type, String absent) {
    return MethodSpec.methodBuilder("orAbsent")
        .addModifiers(Modifier.STATIC)
        .addTypeVariable(T)
        .addAnnotation(uncheckedCast())
        .returns(type)
        .addParameter(Nullness.nullable(type), "value")
        .addJavadoc("{@code value}, or for {@code null} the empty value that stands for an absent property.\n\n"
            + "@param <T> the element type\n@param value the value, or {@code null}\n@return {@code value} or the absent value\n")
        .addStatement("return value == null ? ($T) $N : value", type, absent)
        .build();
  }

  // Emits: static <T> List<T> setOrNull(List<T> list) { return list == ABSENT_LIST ? null : list; }
  private static MethodSpec setOrNull(String name, TypeName type, String absent) {
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.STATIC)
        .addTypeVariable(T)
        .returns(Nullness.nullable(type))
        .addParameter(type, "value")
        .addJavadoc("{@code null} for the value of an absent property, so a builder made from a record sees it unset.\n\n"
            + "@param <T> the element type\n@param value a record's value\n@return {@code value}, or {@code null} when it is the absent value\n")
        .addStatement("return value == $N ? null : value", absent)
        .build();
  }

  // Emits: static Map<String, Object> with(Map<String, Object> map, String name, Object value) { ... }
  private static MethodSpec with() {
    return MethodSpec.methodBuilder("with")
        .addModifiers(Modifier.STATIC)
        .returns(STRING_OBJECT_MAP)
        .addParameter(STRING_OBJECT_MAP, "map")
        .addParameter(STRING, "name")
        .addParameter(OBJECT, "value")
        .addJavadoc("A copy of {@code map} with {@code name} set to {@code value}.\n\n"
            + "@param map the map to copy\n@param name the key to set\n@param value its value\n@return the copy\n")
        .addStatement("$T copy = new $T<>(map)", STRING_OBJECT_MAP, LinkedHashMap.class)
        .addStatement("copy.put(name, value)")
        .addStatement("return copy")
        .build();
  }

  // Emits: static String tag(String current, String... selecting) { ...current if it selects, else the first... }
  private static MethodSpec tag() {
    return MethodSpec.methodBuilder("tag")
        .addModifiers(Modifier.STATIC)
        .returns(STRING)
        .addParameter(ParameterSpec.builder(Nullness.nullable(STRING), "current").build())
        .addParameter(ArrayTypeName.of(STRING), "selecting")
        .varargs()
        .addJavadoc("The discriminator value a union factory writes: {@code current} when it is one of {@code selecting}\n"
            + "(the values that select the variant), else the first of them.\n\n"
            + "@param current the value set so far, or {@code null}\n@param selecting the values that select the variant\n"
            + "@return the value to write\n")
        .beginControlFlow("for (String each : selecting)")
        .beginControlFlow("if (each.equals(current))")
        .addStatement("return each")
        .endControlFlow()
        .endControlFlow()
        .addStatement("return selecting[0]")
        .build();
  }

  // Emits: static Instant epochSeconds(Number seconds) { ...fraction kept to the nanosecond... }
  private static MethodSpec epochSeconds() {
    return MethodSpec.methodBuilder("epochSeconds")
        .addModifiers(Modifier.STATIC)
        .returns(Nullness.nullable(ClassName.get(Instant.class)))
        .addParameter(ParameterSpec.builder(Nullness.nullable(ClassName.get(Number.class)), "seconds").build())
        .addJavadoc("The instant {@code seconds} after the Unix epoch, a fraction kept to the nanosecond.\n\n"
            + "@param seconds seconds since the epoch, or {@code null}\n@return the instant, or {@code null} for {@code null}\n")
        .beginControlFlow("if (seconds == null)")
        .addStatement("return null")
        .endControlFlow()
        .beginControlFlow("if (seconds instanceof Integer || seconds instanceof Long)")
        .addStatement("return $T.ofEpochSecond(seconds.longValue())", Instant.class)
        .endControlFlow()
        .addStatement("$T exact = seconds instanceof $T decimal ? decimal : new $T(seconds.toString())",
            BigDecimal.class, BigDecimal.class, BigDecimal.class)
        .addStatement("return $T.ofEpochSecond(exact.longValue(), exact.remainder($T.ONE).movePointRight(9).longValue())",
            Instant.class, BigDecimal.class)
        .build();
  }

  private static MethodSpec epochMillis() {
    return MethodSpec.methodBuilder("epochMillis")
        .addModifiers(Modifier.STATIC)
        .returns(Nullness.nullable(ClassName.get(Instant.class)))
        .addParameter(ParameterSpec.builder(Nullness.nullable(ClassName.get(Number.class)), "millis").build())
        .addJavadoc("The instant {@code millis} milliseconds after the Unix epoch.\n\n"
            + "@param millis milliseconds since the epoch, or {@code null}\n@return the instant, or {@code null} for {@code null}\n")
        .addStatement("return millis == null ? null : epochSeconds(new $T(millis.toString()).movePointLeft(3))",
            BigDecimal.class)
        .build();
  }

  /** {@code @SuppressWarnings("unchecked")}: the absent constants are empty, so any element type fits. */
  private static AnnotationSpec uncheckedCast() {
    return AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "$S", "unchecked").build();
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
        .addParameter(Nullness.nullable(OBJECT), "json")
        .addParameter(STRING, "expected")
        .addStatement("return new $T(\"expected \" + expected + \", found \" + describe(json))", MISMATCH)
        .build();
  }

  // Emits: private static String describe(Object json) { ...the kind of value, never the value... }
  private MethodSpec describe() {
    return MethodSpec.methodBuilder("describe")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(STRING)
        .addParameter(Nullness.nullable(OBJECT), "json")
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
