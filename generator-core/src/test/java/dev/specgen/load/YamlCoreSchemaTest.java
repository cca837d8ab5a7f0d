package dev.specgen.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specgen.diag.Diagnostics;
import dev.specgen.ir.ApiModel;
import dev.specgen.ir.PrimitiveType;
import dev.specgen.ir.TypeDef.EnumConstant;
import dev.specgen.ir.TypeDef.EnumKind;
import dev.specgen.ir.TypeDef.EnumType;
import dev.specgen.ir.TypeRef;
import dev.specgen.read.SpecFixture;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Plain scalars are typed by the YAML 1.2 core schema, never by YAML 1.1's looser rules. */
class YamlCoreSchemaTest {

  @TempDir Path dir;

  /** The typed value of {@code key} in a one-entry YAML document {@code key: text}. */
  private static Object valueOf(String text) {
    return scalar("v: " + text + "\n").value();
  }

  private static ScalarNode scalar(String yaml) {
    Diagnostics diagnostics = new Diagnostics();
    Node root = new DocumentReader(LoaderLimits.DEFAULTS)
        .parse(Path.of("t.yaml"), yaml.getBytes(StandardCharsets.UTF_8), diagnostics)
        .orElseThrow(() -> new AssertionError(diagnostics.toString()));
    assertThat(diagnostics.all()).isEmpty();
    return (ScalarNode) ((MapNode) root).get("v").orElseThrow();
  }

  @ParameterizedTest
  @ValueSource(strings = {"on", "off", "yes", "no", "y", "n", "NO", "Yes", "ON", "Off", "Y", "N"})
  void yaml11BooleanWordsStayStrings(String word) {
    assertThat(valueOf(word)).isEqualTo(word);
  }

  @ParameterizedTest
  @ValueSource(strings = {"true", "True", "TRUE"})
  void trueIsABoolean(String word) {
    assertThat(valueOf(word)).isEqualTo(Boolean.TRUE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"false", "False", "FALSE"})
  void falseIsABoolean(String word) {
    assertThat(valueOf(word)).isEqualTo(Boolean.FALSE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"null", "Null", "NULL", "~", ""})
  void nullForms(String word) {
    ScalarNode node = scalar("v: " + word + "\n");
    assertThat(node.isNull()).isTrue();
    assertThat(node.kindName()).isEqualTo("null");
  }

  @Test
  void integers() {
    assertThat(valueOf("42")).isEqualTo(BigInteger.valueOf(42));
    assertThat(valueOf("-17")).isEqualTo(BigInteger.valueOf(-17));
    assertThat(valueOf("+5")).isEqualTo(BigInteger.valueOf(5));
    assertThat(valueOf("012")).isEqualTo(BigInteger.valueOf(12)); // not octal in YAML 1.2
    assertThat(valueOf("0o17")).isEqualTo(BigInteger.valueOf(15));
    assertThat(valueOf("0x1F")).isEqualTo(BigInteger.valueOf(31));
    assertThat(valueOf("123456789012345678901234567890"))
        .isEqualTo(new BigInteger("123456789012345678901234567890"));
  }

  @Test
  void floats() {
    assertThat(valueOf("1.5")).isEqualTo(new BigDecimal("1.5"));
    assertThat(valueOf("-0.25")).isEqualTo(new BigDecimal("-0.25"));
    assertThat(valueOf("1e3")).isEqualTo(new BigDecimal("1e3"));
    assertThat(valueOf(".5")).isEqualTo(new BigDecimal(".5"));
    assertThat(valueOf("1453770984.123")).isEqualTo(new BigDecimal("1453770984.123"));
    assertThat(valueOf(".inf")).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(valueOf("-.Inf")).isEqualTo(Double.NEGATIVE_INFINITY);
    assertThat(valueOf(".NaN")).isEqualTo(Double.NaN);
  }

  @Test
  void floatsBeyondTheRangeOfADecimalAreInfiniteOrZero() {
    assertThat(valueOf("1e9999999999")).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(valueOf("-1e9999999999")).isEqualTo(Double.NEGATIVE_INFINITY);
    assertThat(valueOf("1e-9999999999")).isEqualTo(0.0);
    assertThat(valueOf("1e999999999")).isEqualTo(new BigDecimal("1e999999999"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1_000", "0b101", "1:20", "2001-12-14", "0x", "1.2.3", "3.0.3", "v1", "-x", "+"})
  void yaml11OnlyNumbersAndDatesStayStrings(String text) {
    assertThat(valueOf(text)).isEqualTo(text);
  }

  @Test
  void quotedScalarsAreAlwaysStrings() {
    assertThat(valueOf("'42'")).isEqualTo("42");
    assertThat(valueOf("\"1.5\"")).isEqualTo("1.5");
    assertThat(valueOf("'true'")).isEqualTo("true");
    assertThat(valueOf("\"null\"")).isEqualTo("null");
    assertThat(valueOf("''")).isEqualTo("");
    assertThat(scalar("v: '3.0'\n").isString()).isTrue();
  }

  @Test
  void blockScalarsAreStrings() {
    assertThat(valueOf("|\n  42\n")).isEqualTo("42\n");
    assertThat(valueOf(">-\n  true\n")).isEqualTo("true");
  }

  @Test
  void coreSchemaTagsTypeTheValue() {
    assertThat(valueOf("!!str 42")).isEqualTo("42");
    assertThat(valueOf("!!str yes")).isEqualTo("yes");
    assertThat(valueOf("!!int '42'")).isEqualTo(BigInteger.valueOf(42));
    assertThat(valueOf("!!float '1.5'")).isEqualTo(new BigDecimal("1.5"));
    assertThat(valueOf("!!bool 'true'")).isEqualTo(Boolean.TRUE);
    assertThat(valueOf("!!null ''")).isNull();
    assertThat(valueOf("! 42")).isEqualTo("42"); // the non-specific tag: a string
  }

  @Test
  void jsonValuesKeepTheirJsonTypes() {
    Diagnostics diagnostics = new Diagnostics();
    String json = "{\"s\": \"on\", \"n\": 1, \"f\": 2.5, \"b\": false, \"z\": null, \"q\": \"7\"}";
    MapNode root = (MapNode) new DocumentReader(LoaderLimits.DEFAULTS)
        .parse(Path.of("t.json"), json.getBytes(StandardCharsets.UTF_8), diagnostics).orElseThrow();
    assertThat(((ScalarNode) root.get("s").orElseThrow()).value()).isEqualTo("on");
    assertThat(((ScalarNode) root.get("n").orElseThrow()).value()).isEqualTo(BigInteger.ONE);
    assertThat(((ScalarNode) root.get("f").orElseThrow()).value()).isEqualTo(new BigDecimal("2.5"));
    assertThat(((ScalarNode) root.get("b").orElseThrow()).value()).isEqualTo(Boolean.FALSE);
    assertThat(((ScalarNode) root.get("z").orElseThrow()).isNull()).isTrue();
    assertThat(((ScalarNode) root.get("q").orElseThrow()).value()).isEqualTo("7");
    assertThat(diagnostics.all()).isEmpty();
  }

  // ---- through the whole loader --------------------------------------------------------------

  @Test
  void anEnumOfYaml11BooleanWordsIsAFiveStringEnum() {
    SpecFixture specs = new SpecFixture(dir);
    ApiModel model = specs.model("switch.yaml", SpecFixture.openApi31("", """
          schemas:
            Switch:
              type: string
              enum: [on, off, yes, no, NO]
        """));
    EnumType type = SpecFixture.type(model, "Switch", EnumType.class);
    assertThat(type.kind()).isEqualTo(EnumKind.STRING);
    assertThat(type.constants()).extracting(EnumConstant::wireValue)
        .containsExactly("on", "off", "yes", "no", "NO")
        .allMatch(String.class::isInstance);
    assertThat(type.constants()).extracting(EnumConstant::javaName)
        .containsExactly("ON", "OFF", "YES", "NO", "NO_2");
  }

  @Test
  void anEnumWithoutADeclaredTypeFollowsItsValues() {
    SpecFixture specs = new SpecFixture(dir);
    ApiModel model = specs.model("answer.yaml", SpecFixture.openApi31("", """
          schemas:
            Answer:
              enum: [y, n]
            Level:
              enum: [1, 2, 3]
        """));
    assertThat(SpecFixture.type(model, "Answer", EnumType.class).constants())
        .extracting(EnumConstant::wireValue).containsExactly("y", "n");
    EnumType level = SpecFixture.type(model, "Level", EnumType.class);
    assertThat(level.kind()).isEqualTo(EnumKind.INTEGER);
    assertThat(level.constants()).extracting(EnumConstant::wireValue)
        .containsExactly(BigInteger.ONE, BigInteger.TWO, BigInteger.valueOf(3));
  }

  @Test
  void typedDefaultsAndExamplesKeepTheirCoreSchemaTypes() {
    SpecFixture specs = new SpecFixture(dir);
    ApiModel model = specs.model("flags.yaml", SpecFixture.openApi31("", """
          schemas:
            Flags:
              type: object
              properties:
                enabled: {type: boolean, default: true}
                mode: {type: string, default: on}
                version: {type: string, example: '3.0'}
                count: {type: integer, default: 10}
                ratio: {type: number, example: 0.5}
                note: {type: [string, 'null'], default: null}
        """));
    var flags = SpecFixture.type(model, "Flags", dev.specgen.ir.TypeDef.ObjectType.class);
    assertThat(flags.property("enabled").orElseThrow().defaultValue().orElseThrow().value())
        .isEqualTo(Boolean.TRUE);
    assertThat(flags.property("mode").orElseThrow().defaultValue().orElseThrow().value())
        .isEqualTo("on");
    assertThat(flags.property("version").orElseThrow().example().orElseThrow().value())
        .isEqualTo("3.0");
    assertThat(flags.property("count").orElseThrow().defaultValue().orElseThrow().value())
        .isEqualTo(BigInteger.TEN);
    assertThat(flags.property("ratio").orElseThrow().example().orElseThrow().value())
        .isEqualTo(new BigDecimal("0.5"));
    assertThat(flags.property("note").orElseThrow().defaultValue().orElseThrow().isNull()).isTrue();
    assertThat(flags.property("note").orElseThrow().type())
        .isEqualTo(TypeRef.primitive(PrimitiveType.STRING));
  }

  @Test
  void aYaml11BooleanWordAsABooleanDefaultIsReported() {
    SpecFixture specs = new SpecFixture(dir);
    var result = specs.load("yes.yaml", SpecFixture.openApi31("", """
          schemas:
            Flags:
              type: object
              properties:
                enabled: {type: boolean, default: yes}
        """));
    assertThat(specs.messages(result)).containsExactly(
        "yes.yaml:11:43: warning: 'default' does not match the schema: expected true or false, "
            + "found \"yes\" (at /components/schemas/Flags/properties/enabled/default)");
  }
}
