package dev.specgen.emit.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.specgen.emit.EmitContext;
import dev.specgen.ir.ApiModel;
import dev.specgen.read.LoadOptions;
import dev.specgen.read.SpecFixture;
import dev.specgen.testing.SpecgenTestKit;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The client's Javadoc examples are rendered without their snippet file where that gives the same
 * text ({@link SnippetEmitter#shownRunStatements}); these tests hold that text to the statements
 * of the rendered file, the ones the docs page shows, operation by operation.
 */
class JavadocExampleTextTest {

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"specs/front.yaml", "specs/chatwoot.yaml", "specs/highlevel.yaml", "specs/inquirly.yaml",
      "generator-core/src/main/cds/training.json"})
  void everyExampleOfTheRepositorySpecsReadsAsInItsFile(String spec) {
    assertEveryExampleReadsAsInItsFile(SpecgenTestKit.loadModel(SpecgenTestKit.repoRoot().resolve(spec)), 1);
  }

  @ParameterizedTest
  @CsvSource({"chatwoot/swagger.json, chatwoot", "highlevel/apps/conversations.json, highlevel",
      "highlevel/apps/contacts.json, highlevel"})
  void everyExampleOfThePublishedSpecsReadsAsInItsFile(String file, String refRoot) {
    Path specs = SpecgenTestKit.realSpecs();
    ApiModel model = SpecgenTestKit.load(specs.resolve(file), LoadOptions.defaults().withRefRoot(specs.resolve(refRoot)))
        .model().orElseThrow();
    assertEveryExampleReadsAsInItsFile(model, 20);
  }

  @Test
  void everyExampleOfTheKitchenSpecReadsAsInItsFile() {
    assertEveryExampleReadsAsInItsFile(new SpecFixture(dir).model("kitchen.yaml", KitchenSpec.YAML), 1);
  }

  @Test
  void aModelNamedLikeTheSnippetClassIsWrittenInFullAsInTheFile() {
    ApiModel model = new SpecFixture(dir).model("clash.yaml", """
        openapi: 3.0.3
        info: {title: Clash, version: '1'}
        paths:
          /things/{id}:
            get:
              operationId: getThing
              parameters:
                - {name: id, in: path, required: true, schema: {type: string}, example: t_1}
              responses:
                '200':
                  description: the thing
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/GetThingSnippet'}
        components:
          schemas:
            GetThingSnippet:
              type: object
              properties:
                id: {type: string}
        """);

    String shown = assertEveryExampleReadsAsInItsFile(model, 1, false).get(0);

    assertThat(shown).contains("com.acme.GetThingSnippet response = client.getThing(request);");
  }

  private List<String> assertEveryExampleReadsAsInItsFile(ApiModel model, int atLeast) {
    return assertEveryExampleReadsAsInItsFile(model, atLeast, true);
  }

  /**
   * Asserts that each operation's example is its file's, rendered without the file when {@code
   * withoutFile} (else in the file), and returns them.
   */
  private List<String> assertEveryExampleReadsAsInItsFile(ApiModel model, int atLeast, boolean withoutFile) {
    EmitContext context = new EmitContext("com.acme", dir.resolve("spec.yaml"), true);
    ClientSurface surface = new ClientSurface(model, context);
    SnippetEmitter snippets = new SnippetEmitter(model, context, surface, new DocsLayout(model, context));
    ExampleRequest example = new ExampleRequest(model);
    List<String> shown = model.operations().stream().map(operation -> {
      ClientSurface.Call call = surface.call(operation);
      List<ExampleRequest.Arg> args = example.args(call);
      String ofTheFile = snippets.shownRunStatementsOfTheFile(call, args);
      Optional<String> withoutTheFile = snippets.shownRunStatementsWithoutFile(call, args);
      assertThat(withoutTheFile).as(operation.operationId()).isEqualTo(withoutFile ? Optional.of(ofTheFile) : Optional.empty());
      assertThat(snippets.shownRunStatements(call, args)).as(operation.operationId()).isEqualTo(ofTheFile);
      return ofTheFile;
    }).toList();
    assertThat(shown).hasSizeGreaterThanOrEqualTo(atLeast);
    return shown;
  }

  @Test
  void typesAreNamedByTheirSimpleNames() {
    ShownTypeNames names = new ShownTypeNames();

    TypeName page = names.name(ParameterizedTypeName.get(ClassName.get("java.util", "List"),
        ClassName.get("com.acme", "Conversation", "Status")));

    assertThat(page.toString()).isEqualTo("List<Conversation.Status>");
    assertThat(names.name(TypeName.LONG)).isEqualTo(TypeName.LONG);
    assertThat(names.name(ClassName.get(Long.class)).toString()).isEqualTo("Long");
    assertThat(names.asAFileWritesThem("ListSnippet")).isTrue();
  }

  @Test
  void twoClassesOfOneSimpleNameOrOneNamedLikeTheFileAreLeftToTheFile() {
    ShownTypeNames clash = new ShownTypeNames();
    clash.name(ClassName.get("java.util", "UUID"));
    clash.name(ClassName.get("com.acme", "UUID"));
    assertThat(clash.asAFileWritesThem("ListSnippet")).isFalse();

    ShownTypeNames sameClassTwice = new ShownTypeNames();
    sameClassTwice.name(ClassName.get("com.acme", "Page"));
    sameClassTwice.name(ClassName.get("com.acme", "Page", "Item"));
    assertThat(sameClassTwice.asAFileWritesThem("ListSnippet")).isTrue();
    assertThat(sameClassTwice.asAFileWritesThem("Page")).isFalse();
  }

  @Test
  void namesThatTheLayoutWouldMeasureDifferentlyAreLeftToTheFile() {
    for (ClassName type : List.of(ClassName.get("com.Acme", "Page"), ClassName.get("com.acme", "page"),
        ClassName.get("com.acmé", "Page"), ClassName.get("com.acme", "_Page"))) {
      ShownTypeNames names = new ShownTypeNames();
      names.name(type);
      assertThat(names.asAFileWritesThem("ListSnippet")).as(type.canonicalName()).isFalse();
    }
  }

  @Test
  void twoSpaceIndentationBecomesFour() {
    assertThat(SnippetEmitter.withFourSpaceIndent("A a = A.builder()\n  .b(\"x\\n\"\n      + \"y\")\n\n  .build();\n"))
        .hasValue("A a = A.builder()\n    .b(\"x\\n\"\n            + \"y\")\n\n    .build();\n");
  }

  @Test
  void codeWithAUnicodeLineBreakIsLeftToTheFile() {
    assertThat(SnippetEmitter.withFourSpaceIndent("String s = \"a\u2028  b\";\n")).isEmpty();
    assertThat(SnippetEmitter.withFourSpaceIndent("String s = \"a\u2029  b\";\n")).isEmpty();
  }
}
