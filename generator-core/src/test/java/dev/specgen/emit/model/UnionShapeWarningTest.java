package dev.specgen.emit.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specgen.diag.Diagnostic;
import dev.specgen.ir.TypeDef;
import dev.specgen.ir.UnionDispatch;
import dev.specgen.ir.UnionDispatch.JsonKind;
import dev.specgen.read.LoadResult;
import dev.specgen.read.SpecLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reader warns, at the union's schema, when a union without a discriminator has variants the
 * generated code cannot tell apart from the JSON; and the plan the code is generated from agrees.
 */
class UnionShapeWarningTest {

  @TempDir
  Path temp;

  private LoadResult load(String schemas) throws IOException {
    Path spec = temp.resolve("unions.yaml");
    Files.writeString(spec, "openapi: 3.1.0\ninfo: {title: Unions, version: '1'}\npaths: {}\n"
        + "components:\n  schemas:\n" + schemas.indent(4));
    LoadResult result = SpecLoader.load(spec);
    assertThat(result.diagnostics().errors()).isEmpty();
    return result;
  }

  private static List<String> warnings(LoadResult result) {
    return result.diagnostics().warnings().stream()
        .map(d -> d.location().line() + ":" + d.location().column() + " " + d.message() + " @" + d.location().pointer())
        .toList();
  }

  @Test
  void objectsWithoutARequiredPropertyOfTheirOwnAreAmbiguous() throws IOException {
    LoadResult result = load("""
        Either:
          oneOf:
            - {type: object, properties: {a: {type: string}}}
            - {type: object, properties: {b: {type: string}}}
        """);
    assertThat(warnings(result)).containsExactly("7:7 oneOf variants EitherOption1, EitherOption2 cannot be told"
        + " apart when the value is an object; it is read as the first that fits, EitherOption1 (a discriminator,"
        + " or a required property unique to each variant, would tell them apart) @/components/schemas/Either");
  }

  @Test
  void sameKindScalarsAreAmbiguousAndEveryKindIsNamed() throws IOException {
    LoadResult result = load("""
        Loose:
          anyOf:
            - {type: string}
            - {type: string, enum: [a, b]}
            - {type: boolean}
            - {}
        """);
    List<Diagnostic> warnings = result.diagnostics().warnings();
    assertThat(warnings).extracting(Diagnostic::message).containsExactly(
        "anyOf variants StringValue, LooseOption2 cannot be told apart when the value is a string; it is read"
            + " as the first that fits, StringValue (a discriminator, or a required property unique to each"
            + " variant, would tell them apart)");
  }

  @Test
  void kindsRequiredPropertiesAndParsedFormatsTellVariantsApart() throws IOException {
    LoadResult result = load("""
        Clear:
          oneOf:
            - {type: object, required: [radius], properties: {radius: {type: number}}}
            - {type: object, required: [side], properties: {side: {type: number}}}
            - {type: object, properties: {note: {type: string}}}
            - {type: string}
            - {type: string, format: date-time}
            - {type: integer}
            - {type: integer, format: int64}
            - {type: number}
            - {type: array, items: {type: string}}
            - {type: boolean}
        Tagged:
          oneOf:
            - {type: object, properties: {kind: {type: string}}}
            - {type: object, properties: {kind: {type: string}}}
          discriminator: {propertyName: kind}
        """);
    assertThat(warnings(result)).isEmpty();

    TypeDef.UnionType clear = (TypeDef.UnionType) result.model().orElseThrow().type("Clear").orElseThrow();
    UnionDispatch.Plan plan = UnionDispatch.plan(clear, result.model().orElseThrow()::type);
    assertThat(plan.candidates(JsonKind.OBJECT)).extracting(c -> c.variant().javaName() + c.keys())
        .containsExactly("ClearOption1[radius]", "ClearOption2[side]", "ClearOption3[]");
    assertThat(plan.candidates(JsonKind.STRING)).extracting(c -> c.variant().javaName())
        .containsExactly("DateTimeValue", "StringValue");
    assertThat(plan.candidates(JsonKind.INTEGER)).extracting(c -> c.variant().javaName())
        .containsExactly("Int32Value", "Int64Value", "DecimalValue");
    assertThat(plan.candidates(JsonKind.NUMBER)).extracting(c -> c.variant().javaName())
        .containsExactly("DecimalValue");
  }
}
