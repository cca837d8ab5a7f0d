package dev.specgen.emit.docs;

import dev.specgen.emit.EmitContext;
import dev.specgen.emit.client.OperationExamples;
import dev.specgen.ir.ApiModel;
import dev.specgen.ir.Operation;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The docs' one-call example of each operation, for the client's Javadoc: the body of the compiled
 * snippet's {@code run} method, as the operation's page shows it, without its imports. The values
 * are the spec's examples, chosen by {@link ExampleRequest} and written by {@link JavaValues}, the
 * same code that writes the snippets, so Javadoc, pages and compiled snippets never disagree.
 */
public final class JavadocExamples implements OperationExamples {

  private final ClientSurface surface;
  private final SnippetEmitter snippets;
  private final ExampleRequest example;

  private JavadocExamples(ApiModel model, EmitContext context) {
    this.surface = new ClientSurface(model, context);
    this.snippets = new SnippetEmitter(model, context, surface, new DocsLayout(model, context));
    this.example = new ExampleRequest(model);
  }

  /**
   * The examples of one spec; each is made when asked for.
   *
   * @param model the spec's model
   * @param context where the spec's code is generated
   * @return the spec's examples
   */
  public static OperationExamples forSpec(ApiModel model, EmitContext context) {
    return context.generateClients() ? new JavadocExamples(model, context) : OperationExamples.NONE;
  }

  @Override
  public Optional<String> of(Operation operation) {
    ClientSurface.Call call = surface.call(operation);
    String statements = snippets.shownRunStatements(call, example.args(call));
    return Optional.of(statements.lines()
        .dropWhile(String::isBlank)
        .collect(Collectors.joining("\n", "", "\n")));
  }
}
