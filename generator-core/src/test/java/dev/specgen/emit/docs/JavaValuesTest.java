package dev.specgen.emit.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specgen.emit.JavaTypes;
import dev.specgen.ir.ApiModel;
import dev.specgen.ir.JsonValue;
import dev.specgen.ir.PrimitiveType;
import dev.specgen.ir.TypeRef;
import dev.specgen.read.SpecFixture;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** JSON examples to Java expressions: {@link ExampleValues#conform} then {@link JavaValues#render}. */
class JavaValuesTest {

  @TempDir Path dir;
  private ApiModel model;
  private ExampleValues examples;
  private JavaValues values;

  @BeforeEach
  void load() {
    model = new SpecFixture(dir).model("kitchen.yaml", KitchenSpec.YAML);
    examples = new ExampleValues(model);
    values = new JavaValues(model, new JavaTypes("com.acme"));
  }

  /** The expression with simple class names, as a reader sees it after the imports. */
  private Optional<String> java(Object json, TypeRef type) {
    return examples.conform(new JsonValue(json), type)
        .map(v -> OperationPage.simpleNames(values.render(v, type).toString()));
  }

  private static TypeRef primitive(PrimitiveType kind) {
    return TypeRef.primitive(kind);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "STRING    | crd_123                        | \"crd_123\"",
      "INT32     | 25                             | 25",
      "INT64     | 1628008053263                  | 1628008053263L",
      "DOUBLE    | 0.1                            | 0.1",
      "FLOAT     | 2.5                            | 2.5f",
      "DECIMAL   | 1453770984.123                 | new BigDecimal(\"1453770984.123\")",
      "DECIMAL   | 10.50                          | new BigDecimal(\"10.50\")",
      "BOOLEAN   | true                           | true",
      "DATE      | 2024-02-29                     | LocalDate.parse(\"2024-02-29\")",
      "DATE_TIME | 2024-01-15T09:30:00.000+02:00  | OffsetDateTime.parse(\"2024-01-15T09:30:00.000+02:00\")",
      "UUID      | 3FA85F64-5717-4562-B3FC-2C963F66AFA6 | UUID.fromString(\"3fa85f64-5717-4562-b3fc-2c963f66afa6\")",
      "BYTES     | c3BlY2dlbg==                   | Base64.getDecoder().decode(\"c3BlY2dlbg==\")",
  })
  void primitivesBecomeLiteralsOfTheirJavaType(PrimitiveType kind, String text, String expected) {
    Object json = switch (kind) {
      case INT32, INT64 -> new BigInteger(text);
      case DOUBLE, FLOAT, DECIMAL -> new BigDecimal(text);
      case BOOLEAN -> Boolean.valueOf(text);
      default -> text;
    };

    assertThat(java(json, primitive(kind))).contains(expected);
  }

  @Test
  void valuesThatDoNotFitTheirTypeAreLeftOut() {
    assertThat(java("soon", primitive(PrimitiveType.DATE_TIME))).isEmpty();
    assertThat(java(new BigDecimal("2.5"), primitive(PrimitiveType.INT32))).isEmpty();
    assertThat(java(new BigInteger("3000000000"), primitive(PrimitiveType.INT32))).isEmpty();
    assertThat(java("not base64!", primitive(PrimitiveType.BYTES))).isEmpty();
    assertThat(java(Map.of("a", 1), primitive(PrimitiveType.STRING))).isEmpty();
  }

  @Test
  void numbersAndTextAreCoercedWhenTheMeaningIsClear() {
    assertThat(java(new BigInteger("42"), primitive(PrimitiveType.STRING))).contains("\"42\"");
    assertThat(java("25", primitive(PrimitiveType.INT32))).contains("25");
    assertThat(java(new BigDecimal("3.0"), primitive(PrimitiveType.INT64))).contains("3L");
    assertThat(java("a", new TypeRef.ArrayOf(primitive(PrimitiveType.STRING)))).contains("List.of(\"a\")");
  }

  @Test
  void enumsUseTheirConstantsAndKeepUnknownValues() {
    assertThat(java("green", new TypeRef.Named("Color"))).contains("Color.GREEN");
    assertThat(java("purple", new TypeRef.Named("Color"))).contains("Color.of(\"purple\")");
    assertThat(java(new BigInteger("2"), new TypeRef.Named("Level"))).contains("Level.VALUE_2");
    assertThat(java(new BigInteger("7"), new TypeRef.Named("Level"))).contains("Level.of(7L)");
  }

  @Test
  void objectsUseTheirBuildersInSchemaOrderAndDropUnknownProperties() {
    Map<String, Object> filter = new LinkedHashMap<>();
    filter.put("when", "2024-01-15T09:30:00Z");
    filter.put("kinds", List.of("big"));
    filter.put("unknown", 1);
    filter.put("level", null);

    assertThat(java(filter, new TypeRef.Named("Filter"))).contains("""
        Filter.builder()
          .kinds(List.of("big"))
          .when(OffsetDateTime.parse("2024-01-15T09:30:00Z"))
          .build()""");
    assertThat(java(Map.of("min", new BigInteger("1")), new TypeRef.Named("FilterLevel")))
        .contains("FilterLevel.builder().min(1).build()");
  }

  @Test
  void requiredPropertiesMissingFromTheExampleAreMadeUp() {
    Optional<String> everything = java(Map.of("text", "hi"), new TypeRef.Named("Everything"));

    assertThat(everything).hasValueSatisfying(code -> assertThat(code)
        .contains(".text(\"hi\")").contains(".count(1)").contains(".required(\"must be set\")")
        .doesNotContain(".ratio("));
  }

  @Test
  void unionsAreBuiltWithTheFactoryOfTheVariantTheValueFits() {
    assertThat(java(Map.of("bark", "woof"), new TypeRef.Named("EverythingPet")))
        .contains("EverythingPet.ofDog(Dog.builder().bark(\"woof\").build())");
  }

  @Test
  void mapsAreSortedSoTheyAlwaysSerializeTheSameWay() {
    Map<String, Object> scores = new LinkedHashMap<>();
    scores.put("b", new BigDecimal("2.5"));
    scores.put("a", new BigInteger("1"));

    assertThat(java(scores, new TypeRef.MapOf(primitive(PrimitiveType.DECIMAL))))
        .contains("new TreeMap<>(Map.of(\"a\", new BigDecimal(\"1\"), \"b\", new BigDecimal(\"2.5\")))");
    assertThat(java(Map.of("only", "one"), new TypeRef.MapOf(primitive(PrimitiveType.STRING))))
        .contains("Map.of(\"only\", \"one\")");
  }

  @Test
  void freeFormValuesBecomePlainJavaValues() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("z", List.of(new BigInteger("1"), "two", new BigDecimal("3.0"), new BigInteger("9007199254740993")));
    json.put("gone", null);

    assertThat(java(json, TypeRef.any()))
        .contains("Map.of(\"z\", List.of(1, \"two\", new BigDecimal(\"3.0\"), 9007199254740993L))");
  }

  @Test
  void stringsAreEscapedAsJavaLiterals() {
    assertThat(java("a \"quoted\" \\ line\nbreak \u0000", primitive(PrimitiveType.STRING)))
        .contains("\"a \\\"quoted\\\" \\\\ line\\n\"\n    + \"break \\u0000\"");
  }

  @Test
  void longListsGoOneItemPerLine() {
    List<String> ids = List.of("ABCHkzuJQ8ZMd4Te84GK", "fGiae4CHkzoskh8thsik", "9VEmS0si86GW6gXWU89b",
        "tDtDnQdgm2LXpyiqYvZ6");

    assertThat(java(ids, new TypeRef.ArrayOf(primitive(PrimitiveType.STRING)))).contains("""
        List.of(
          "ABCHkzuJQ8ZMd4Te84GK",
          "fGiae4CHkzoskh8thsik",
          "9VEmS0si86GW6gXWU89b",
          "tDtDnQdgm2LXpyiqYvZ6")""");
  }
}
