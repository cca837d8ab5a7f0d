package dev.specgen.emit.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specgen.emit.GeneratedFile;
import dev.specgen.ir.ApiModel;
import dev.specgen.ir.MediaKind;
import dev.specgen.read.LoadOptions;
import dev.specgen.testing.InMemoryCompiler;
import dev.specgen.testing.SpecgenTestKit;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The published Chatwoot and HighLevel specs: every multipart and form operation gets a request
 * component that takes its body, typed, and no operation drops a part.
 */
class RealSpecMediaTest {

  @ParameterizedTest
  @CsvSource({
      "chatwoot/swagger.json, chatwoot, real.chatwoot",
      "highlevel/apps/conversations.json, highlevel, real.conversations"
  })
  void multipartAndFormOperationsAcceptTheirBodiesAndNothingIsDropped(String file, String refRoot, String packageName) {
    Path specs = SpecgenTestKit.realSpecs();
    ApiModel model = SpecgenTestKit.load(specs.resolve(file), LoadOptions.defaults().withRefRoot(specs.resolve(refRoot)))
        .model().orElseThrow();
    List<GeneratedFile> files = SpecgenTestKit.sources(model, packageName, true);
    InMemoryCompiler.Compilation compilation = InMemoryCompiler.create().compileFiles(files).assertSucceeded();

    long dropped = model.operations().stream().filter(o -> !o.unsupportedParts().isEmpty()).count();
    System.out.printf("%s: %d operations with a dropped part%n", file, dropped);
    assertThat(dropped).isZero();

    Map<MediaKind, String> componentByKind = Map.of(MediaKind.MULTIPART, "multipartBody", MediaKind.FORM, "formBody");
    model.operations().forEach(operation -> operation.requestBody().ifPresent(body -> body.content().stream()
        .filter(media -> componentByKind.containsKey(media.kind()))
        .forEach(media -> {
          Class<?> request = compilation.loadClass(packageName + "." + ClientNames.request(operation, model,
              new dev.specgen.emit.EmitContext(packageName, model.sourceFile(), true)).simpleName());
          assertThat(Arrays.stream(request.getRecordComponents()).map(RecordComponent::getName))
              .as("%s offers %s", operation.operationId(), media.mediaType())
              .contains(componentByKind.get(media.kind()));
        })));
  }

  @org.junit.jupiter.api.Test
  void chatwootAttachmentsAreFilePartsAndTheNestedAvatarIsSentAsBracketedParts() {
    Path specs = SpecgenTestKit.realSpecs();
    ApiModel model = SpecgenTestKit.load(specs.resolve("chatwoot/swagger.json"),
        LoadOptions.defaults().withRefRoot(specs.resolve("chatwoot"))).model().orElseThrow();
    Map<String, String> sources = new java.util.LinkedHashMap<>();
    SpecgenTestKit.sources(model, "real.chatwoot", true).forEach(f -> sources.put(f.relativePath(), f.content()));

    String message = sources.get("real/chatwoot/CreateANewMessageInAConversationMultipart.java");
    assertThat(message).contains("List<BinaryData> attachments", ".files(\"attachments[]\", attachments)",
        ".json(\"content_attributes\", contentAttributes, \"application/json\")", ".text(\"private\", private_)");
    String profile = sources.get("real/chatwoot/UpdateProfileMultipart.java");
    assertThat(profile).contains(".nested(\"profile\", profile)");
  }
}
