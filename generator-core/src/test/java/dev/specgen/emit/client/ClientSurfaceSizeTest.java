package dev.specgen.emit.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specgen.ir.ApiModel;
import dev.specgen.read.LoadOptions;
import dev.specgen.testing.InMemoryCompiler;
import dev.specgen.testing.SpecgenTestKit;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The root client of the real Chatwoot spec stays small for IDE completion: one name per operation
 * (plus {@code opAll} for paged ones) and a handful of overloads, the raw and async forms living
 * on the views instead.
 */
class ClientSurfaceSizeTest {

  @Test
  void chatwootsRootClientHasAtMostOnePointThreeNamesAndFourMethodsPerOperation() {
    Path specs = SpecgenTestKit.realSpecs();
    ApiModel model = SpecgenTestKit.load(specs.resolve("chatwoot/swagger.json"),
        LoadOptions.defaults().withRefRoot(specs.resolve("chatwoot"))).model().orElseThrow();
    InMemoryCompiler.Compilation compilation = InMemoryCompiler.create()
        .compileFiles(SpecgenTestKit.sources(model, "real.chatwoot", true)).assertSucceeded();

    List<Method> methods = Arrays.stream(compilation.loadClass("real.chatwoot.ChatwootClient").getDeclaredMethods())
        .filter(method -> Modifier.isPublic(method.getModifiers()))
        .toList();
    int operations = model.operations().size();
    long names = methods.stream().map(Method::getName).distinct().count();
    double namesPerOperation = (double) names / operations;
    double methodsPerOperation = (double) methods.size() / operations;
    System.out.printf("ChatwootClient: %d operations, %d public methods under %d names:"
            + " %.2f names and %.2f methods per operation%n",
        operations, methods.size(), names, namesPerOperation, methodsPerOperation);

    assertThat(operations).isPositive();
    assertThat(namesPerOperation).as("distinct public method names per operation").isLessThanOrEqualTo(1.3);
    assertThat(methodsPerOperation).as("public methods per operation, overloads included").isLessThanOrEqualTo(4.0);
  }
}
