package dev.specgen.emit.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specgen.emit.GeneratedFile;
import dev.specgen.ir.ApiModel;
import dev.specgen.read.LoadOptions;
import dev.specgen.testing.InMemoryCompiler;
import dev.specgen.testing.SpecgenTestKit;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The clients generated for the published Chatwoot and HighLevel specs compile, every operation included. */
class RealSpecClientsTest {

  @ParameterizedTest
  @CsvSource({
      "chatwoot/swagger.json, chatwoot, real.chatwoot, ChatwootClient",
      "highlevel/apps/conversations.json, highlevel, real.conversations, ConversationsClient",
      "highlevel/apps/contacts.json, highlevel, real.contacts, ContactsClient"
  })
  void everyOperationGetsAMethodThatCompiles(String file, String refRoot, String packageName, String clientName) {
    Path specs = SpecgenTestKit.realSpecs();
    ApiModel model = SpecgenTestKit.load(specs.resolve(file), LoadOptions.defaults().withRefRoot(specs.resolve(refRoot))).model().orElseThrow();
    List<GeneratedFile> files = SpecgenTestKit.sources(model, packageName, true);

    InMemoryCompiler.Compilation compilation = InMemoryCompiler.create().compileFiles(files).assertSucceeded();

    Class<?> client = compilation.loadClass(packageName + "." + clientName);
    List<String> methods = Arrays.stream(client.getDeclaredMethods())
        .filter(m -> Modifier.isPublic(m.getModifiers()))
        .map(Method::getName)
        .toList();
    model.operations().forEach(operation -> assertThat(methods).contains(operation.javaName()));
    System.out.printf("%s: %d operations, %d client methods, %d files compiled%n",
        file, model.operations().size(), methods.size(), files.size());
  }
}
